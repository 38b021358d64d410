namespace Marac.Forms;

/// <summary>Dash item 18: whom else the abuser has hurt.</summary>
public enum HurtOthersTarget
{
    /// <summary>Children.</summary>
    Children,

    /// <summary>Another family member.</summary>
    AnotherFamilyMember,

    /// <summary>Someone from a previous relationship.</summary>
    PreviousPartner,

    /// <summary>Someone else (specify).</summary>
    Other,
}
