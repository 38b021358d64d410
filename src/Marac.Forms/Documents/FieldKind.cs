namespace Marac.Forms.Documents;

/// <summary>What kind of value an input holds; renderers pick the control or writing space from it.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    SingleLine,

    /// <summary>Free text over several lines; flows across pages when long.</summary>
    MultiLine,

    /// <summary>A date, printed as DD/MM/YYYY.</summary>
    Date,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A list of short texts (for example aliases), one per line.</summary>
    TextList,
}
