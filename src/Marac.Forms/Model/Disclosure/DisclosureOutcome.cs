namespace Marac.Forms;

/// <summary>Whether information was shared.</summary>
public enum DisclosureOutcome
{
    /// <summary>The information is shared.</summary>
    Share,

    /// <summary>The information is not shared. This decision is recorded with its reasons too.</summary>
    DoNotShare,
}
