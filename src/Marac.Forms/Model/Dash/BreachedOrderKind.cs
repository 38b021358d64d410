namespace Marac.Forms;

/// <summary>Dash item 23: what kind of order or agreement was breached.</summary>
public enum BreachedOrderKind
{
    /// <summary>Bail conditions.</summary>
    Bail,

    /// <summary>A non-molestation or occupation order.</summary>
    NonMolestationOrOccupationOrder,

    /// <summary>Child contact arrangements.</summary>
    ChildContactArrangements,

    /// <summary>A forced marriage protection order.</summary>
    ForcedMarriageProtectionOrder,

    /// <summary>Another order or agreement (specify).</summary>
    Other,
}
