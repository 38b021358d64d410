namespace Marac.Forms.Json;

/// <summary>The four forms a Marac.Forms file can hold.</summary>
/// <remarks>Each has a stable name, used as the file's <c>formType</c> and as a file name: see <see cref="FormTypes.FileName"/>.</remarks>
public enum FormType
{
    /// <summary>A <see cref="Marac.Forms.MaracReferral"/>; file name <c>marac-referral</c>.</summary>
    MaracReferral,

    /// <summary>A <see cref="Marac.Forms.DashChecklist"/>; file name <c>dash-checklist</c>.</summary>
    DashChecklist,

    /// <summary>A <see cref="SharingWithoutConsentRecord"/>; file name <c>sharing-without-consent</c>.</summary>
    SharingWithoutConsent,

    /// <summary>A <see cref="Marac.Forms.DisclosureDecision"/>; file name <c>disclosure-decision</c>.</summary>
    DisclosureDecision,
}
