namespace Marac.Forms;

/// <summary>
/// Dash item 23: what kind of order or agreement was breached. The national form offers the orders of England
/// and Wales; an area's overlay offers its own (Scotland's interdicts, non-harassment orders and exclusion orders).
/// One list holds both, so a value recorded under one area's form is never lost under another's.
/// </summary>
public enum BreachedOrderKind
{
    /// <summary>Bail conditions.</summary>
    Bail,

    /// <summary>A non-molestation or occupation order (England and Wales: Family Law Act 1996 Part 4).</summary>
    NonMolestationOrOccupationOrder,

    /// <summary>A domestic abuse protection notice or order (England and Wales: Domestic Abuse Act 2021 Part 3).</summary>
    DomesticAbuseProtectionNoticeOrOrder,

    /// <summary>A stalking protection order (England and Wales: Stalking Protection Act 2019).</summary>
    StalkingProtectionOrder,

    /// <summary>An interdict, including one with a power of arrest or a domestic abuse interdict (Scotland).</summary>
    Interdict,

    /// <summary>A non-harassment order (Scotland).</summary>
    NonHarassmentOrder,

    /// <summary>An exclusion order (Scotland).</summary>
    ExclusionOrder,

    /// <summary>Child contact arrangements.</summary>
    ChildContactArrangements,

    /// <summary>A forced marriage protection order.</summary>
    ForcedMarriageProtectionOrder,

    /// <summary>Another order or agreement (specify).</summary>
    Other,
}
