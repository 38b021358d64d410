namespace Marac.Forms;

/// <summary>An answer to a Dash checklist question.</summary>
public enum DashResponse
{
    /// <summary>Yes. Only Yes answers count towards the score.</summary>
    Yes,

    /// <summary>No.</summary>
    No,

    /// <summary>Don't know.</summary>
    DontKnow,
}
