namespace Marac.Forms.DataProtection;

/// <summary>
/// The conditions in Schedule 1 to the Data Protection Act 2018 that MARAC work uses, named after their
/// headings in the Act. Part 1 and Part 2 conditions complete Article 9(2)(b), (g), (h), (i) or (j) for
/// special category data (s.10(2) and (3)); a condition in Part 1, 2 or 3 is needed for criminal-offence
/// data (s.10(5), UK GDPR Article 10). <see cref="Schedule1Conditions"/> gives each one's part and paragraph.
/// </summary>
public enum Schedule1Condition
{
    /// <summary>No Schedule 1 condition is relied on.</summary>
    None,

    /// <summary>Part 1 paragraph 1: employment, social security and social protection (with Article 9(2)(b)); needs an appropriate policy document.</summary>
    EmploymentSocialSecurityAndSocialProtection,

    /// <summary>Part 1 paragraph 2: health or social care purposes (with Article 9(2)(h)).</summary>
    HealthOrSocialCarePurposes,

    /// <summary>Part 1 paragraph 3: public health (with Article 9(2)(i)).</summary>
    PublicHealth,

    /// <summary>Part 1 paragraph 4: research etc (with Article 9(2)(j)).</summary>
    Research,

    /// <summary>Part 2 paragraph 6: statutory etc and government purposes.</summary>
    StatutoryAndGovernmentPurposes,

    /// <summary>Part 2 paragraph 7: administration of justice and parliamentary purposes.</summary>
    AdministrationOfJustice,

    /// <summary>Part 2 paragraph 10: preventing or detecting unlawful acts.</summary>
    PreventingOrDetectingUnlawfulActs,

    /// <summary>Part 2 paragraph 11: protecting the public against dishonesty etc (malpractice, unfitness, mismanagement); not a general public-protection ground.</summary>
    ProtectingThePublicAgainstDishonesty,

    /// <summary>Part 2 paragraph 16: support for individuals with a particular disability or medical condition.</summary>
    SupportForIndividualsWithADisabilityOrMedicalCondition,

    /// <summary>Part 2 paragraph 17: counselling etc (confidential counselling, advice or support).</summary>
    CounsellingAndSupport,

    /// <summary>Part 2 paragraph 18: safeguarding of children and of individuals at risk. An adult is "at risk" only as paragraph 18 defines it (needs for care and support, and unable to protect themselves because of them).</summary>
    SafeguardingChildrenAndIndividualsAtRisk,

    /// <summary>Part 2 paragraph 19: safeguarding of economic well-being of certain individuals.</summary>
    SafeguardingEconomicWellBeing,

    /// <summary>Part 3 paragraph 29: consent (criminal-offence data only).</summary>
    Consent,

    /// <summary>Part 3 paragraph 30: protecting an individual's vital interests where the person is physically or legally incapable of giving consent (criminal-offence data only).</summary>
    VitalInterestsForOffenceData,

    /// <summary>Part 3 paragraph 33: legal claims (criminal-offence data only).</summary>
    LegalClaims,

    /// <summary>Part 3 paragraph 36: a Part 2 condition applied to criminal-offence data without its requirement of substantial public interest; the reasons say which Part 2 condition.</summary>
    ExtensionOfPart2Conditions,
}
