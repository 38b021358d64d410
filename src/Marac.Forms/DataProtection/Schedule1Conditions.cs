namespace Marac.Forms.DataProtection;

/// <summary>Where each <see cref="Schedule1Condition"/> sits in Schedule 1 to the Data Protection Act 2018.</summary>
public static class Schedule1Conditions
{
    /// <summary>The Part of Schedule 1 (1, 2 or 3) the condition is in; 0 for <see cref="Schedule1Condition.None"/>.</summary>
    public static int Part(Schedule1Condition condition) => Paragraph(condition) switch
    {
        0 => 0,
        <= 4 => 1,
        <= 28 => 2,
        _ => 3,
    };

    /// <summary>The paragraph number of the condition in Schedule 1; 0 for <see cref="Schedule1Condition.None"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a known condition.</exception>
    public static int Paragraph(Schedule1Condition condition) => condition switch
    {
        Schedule1Condition.None => 0,
        Schedule1Condition.EmploymentSocialSecurityAndSocialProtection => 1,
        Schedule1Condition.HealthOrSocialCarePurposes => 2,
        Schedule1Condition.PublicHealth => 3,
        Schedule1Condition.Research => 4,
        Schedule1Condition.StatutoryAndGovernmentPurposes => 6,
        Schedule1Condition.AdministrationOfJustice => 7,
        Schedule1Condition.PreventingOrDetectingUnlawfulActs => 10,
        Schedule1Condition.ProtectingThePublicAgainstDishonesty => 11,
        Schedule1Condition.SupportForIndividualsWithADisabilityOrMedicalCondition => 16,
        Schedule1Condition.CounsellingAndSupport => 17,
        Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk => 18,
        Schedule1Condition.SafeguardingEconomicWellBeing => 19,
        Schedule1Condition.Consent => 29,
        Schedule1Condition.VitalInterestsForOffenceData => 30,
        Schedule1Condition.LegalClaims => 33,
        Schedule1Condition.ExtensionOfPart2Conditions => 36,
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Not a known Schedule 1 condition."),
    };

    /// <summary>
    /// The Schedule 1 condition an Article 9(2) condition needs (s.10(2)): paragraph 1 for (b), 2 for (h),
    /// 3 for (i) and 4 for (j); null when it needs a Part 2 condition ((g), s.10(3)) or none at all.
    /// </summary>
    public static Schedule1Condition? RequiredFor(Article9Condition condition) => condition switch
    {
        Article9Condition.EmploymentAndSocialProtection => Schedule1Condition.EmploymentSocialSecurityAndSocialProtection,
        Article9Condition.HealthOrSocialCare => Schedule1Condition.HealthOrSocialCarePurposes,
        Article9Condition.PublicHealth => Schedule1Condition.PublicHealth,
        Article9Condition.ArchivingOrResearch => Schedule1Condition.Research,
        _ => null,
    };
}
