namespace Marac.Forms.DataProtection;

/// <summary>
/// The Data Protection Act 2018 Schedule 1 conditions most used in MARAC work, for special category
/// data (with Article 9(2)(g)) and for criminal-offence data (Article 10).
/// </summary>
public enum Schedule1Condition
{
    /// <summary>No Schedule 1 condition is relied on.</summary>
    None,

    /// <summary>Paragraph 6: statutory and government purposes.</summary>
    StatutoryAndGovernmentPurposes,

    /// <summary>Paragraph 7: administration of justice.</summary>
    AdministrationOfJustice,

    /// <summary>Paragraph 10: preventing or detecting unlawful acts.</summary>
    PreventingOrDetectingUnlawfulActs,

    /// <summary>Paragraph 11: protecting the public.</summary>
    ProtectingThePublic,

    /// <summary>Paragraph 17: counselling and support services.</summary>
    CounsellingAndSupport,

    /// <summary>Paragraph 18: safeguarding of children and of individuals at risk.</summary>
    SafeguardingChildrenAndIndividualsAtRisk,

    /// <summary>Paragraph 30: protecting someone's vital interests (criminal-offence data).</summary>
    VitalInterestsForOffenceData,
}
