namespace Marac.Forms.DataProtection;

/// <summary>
/// The grounds on which gender history may lawfully be disclosed despite section 22 of the Gender
/// Recognition Act 2004 (section 22(4) and the exemptions made under it).
/// </summary>
public enum GenderRecognitionExemption
{
    /// <summary>No exemption is recorded: gender history must not be disclosed.</summary>
    None,

    /// <summary>The person has agreed to the disclosure.</summary>
    PersonAgreed,

    /// <summary>The information does not enable the person to be identified.</summary>
    DoesNotIdentifyThePerson,

    /// <summary>For proceedings before a court or tribunal, or under a court order.</summary>
    CourtOrderOrProceedings,

    /// <summary>For preventing or investigating crime.</summary>
    PreventionOrInvestigationOfCrime,

    /// <summary>For medical purposes by a health professional, where the conditions are met.</summary>
    MedicalPurposes,

    /// <summary>Another exemption made under section 22; the reasons must say which.</summary>
    OtherStatutoryExemption,
}
