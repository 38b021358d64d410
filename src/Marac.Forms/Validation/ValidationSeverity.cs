namespace Marac.Forms;

/// <summary>How serious a validation finding is.</summary>
public enum ValidationSeverity
{
    /// <summary>The form is wrong or incomplete and must be corrected before it is relied on.</summary>
    Error,

    /// <summary>The form may be right, but something needs a second look (for example a basis that is rarely open to this kind of agency).</summary>
    Warning,
}
