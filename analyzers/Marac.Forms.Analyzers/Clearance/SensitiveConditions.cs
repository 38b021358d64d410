namespace Marac.Forms.Analyzers.Clearance;

/// <summary>
/// Whether the conditions a basis states, read as constants, cover special category data (UK GDPR Article 9(2),
/// with the DPA 2018 Schedule 1 condition s.10 requires) and criminal-offence data (Article 10, s.10(5)).
/// </summary>
internal sealed class SensitiveConditions
{
    // Article9Condition values whose condition DPA 2018 s.10(2) and (3) completes with a Schedule 1 condition:
    // (b) EmploymentAndSocialProtection, (g) SubstantialPublicInterest, (h) HealthOrSocialCare,
    // (i) PublicHealth, (j) ArchivingOrResearch.
    private static readonly int[] NeedingSchedule1 = { 2, 7, 8, 9, 10 };

    public bool LawEnforcement { get; set; }

    public int? Article9 { get; set; }

    public int? Schedule1 { get; set; }

    public int? Article10 { get; set; }

    public int? Schedule8 { get; set; }

    /// <summary>Under Part 3 sensitive processing needs a Schedule 8 condition (s.35(5)); under UK GDPR an Article 9(2) condition, and its Schedule 1 condition where needed.</summary>
    public bool LacksArticle9 =>
        LawEnforcement
            ? Schedule8 is null or 0
            : Article9 is null or 0 || (System.Array.IndexOf(NeedingSchedule1, Article9.Value) >= 0 && Schedule1 is null or 0);

    /// <summary>Part 3 processing is for law enforcement purposes by a competent authority and covers offence data itself (s.31).</summary>
    public bool LacksArticle10 => !LawEnforcement && Article10 is null or 0;
}
