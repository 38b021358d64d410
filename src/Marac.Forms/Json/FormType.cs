namespace Marac.Forms.Json;

/// <summary>
/// The four forms: the one identifier of a form everywhere in Marac.Forms. Its text form, <see cref="FormTypes.Id"/>
/// (<c>marac-referral</c>, <c>dash-checklist</c>, <c>sharing-without-consent</c>, <c>disclosure-decision</c>), is the
/// <c>formType</c> of a JSON file, the <c>id</c> and <c>record</c> of a form definition, the form a Word document says it
/// was printed from, and the form name the <c>marac-forms</c> tool takes. <see cref="FormTypes"/> is the one lookup
/// between these, the record types and the built-in definitions.
/// </summary>
public enum FormType
{
    /// <summary>A <see cref="Marac.Forms.MaracReferral"/>; identifier <c>marac-referral</c>.</summary>
    MaracReferral,

    /// <summary>A <see cref="Marac.Forms.DashChecklist"/>; identifier <c>dash-checklist</c>.</summary>
    DashChecklist,

    /// <summary>A <see cref="SharingWithoutConsentRecord"/>; identifier <c>sharing-without-consent</c>.</summary>
    SharingWithoutConsent,

    /// <summary>A <see cref="Marac.Forms.DisclosureDecision"/>; identifier <c>disclosure-decision</c>.</summary>
    DisclosureDecision,
}
