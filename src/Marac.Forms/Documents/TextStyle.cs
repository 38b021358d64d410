namespace Marac.Forms.Documents;

/// <summary>How fixed text is presented.</summary>
public enum TextStyle
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>A note or help text, drawn smaller or lighter.</summary>
    Note,

    /// <summary>A subheading inside a section (drawn as Heading 2).</summary>
    Subheading,
}
