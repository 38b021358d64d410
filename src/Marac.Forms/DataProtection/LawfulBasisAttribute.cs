namespace Marac.Forms.DataProtection;

/// <summary>
/// Records, on a method or type, the lawful basis under which its code discloses restricted personal data (for
/// example a method that sends the referral to the MARAC). The analyzers accept a disclosure inside such a member
/// when reasons, extent and permitted use are all stated.
/// </summary>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Struct,
    Inherited = false,
    AllowMultiple = false)]
public sealed class LawfulBasisAttribute : Attribute
{
    /// <summary>Records a UK GDPR basis and its three statements.</summary>
    /// <param name="article6">The Article 6(1) basis.</param>
    /// <param name="reasons">Why the disclosure is necessary and proportionate.</param>
    /// <param name="extent">What is disclosed, about whom.</param>
    /// <param name="permittedUse">What the recipient may use it for.</param>
    public LawfulBasisAttribute(Article6Basis article6, string reasons, string extent, string permittedUse)
    {
        Regime = ProcessingRegime.UkGdpr;
        Article6 = article6;
        Reasons = reasons;
        Extent = extent;
        PermittedUse = permittedUse;
    }

    /// <summary>Records a Data Protection Act 2018 Part 3 (law enforcement) basis and its three statements.</summary>
    /// <param name="section35">The s.35(2) basis.</param>
    /// <param name="reasons">Why the disclosure is necessary and proportionate.</param>
    /// <param name="extent">What is disclosed, about whom.</param>
    /// <param name="permittedUse">What the recipient may use it for.</param>
    public LawfulBasisAttribute(LawEnforcementBasis section35, string reasons, string extent, string permittedUse)
    {
        Regime = ProcessingRegime.LawEnforcement;
        Section35 = section35;
        Reasons = reasons;
        Extent = extent;
        PermittedUse = permittedUse;
    }

    /// <summary>The regime the constructor chose.</summary>
    public ProcessingRegime Regime { get; }

    /// <summary>The Article 6(1) basis (UK GDPR); null under Part 3.</summary>
    public Article6Basis? Article6 { get; }

    /// <summary>The s.35(2) basis (Part 3); null under UK GDPR.</summary>
    public LawEnforcementBasis? Section35 { get; }

    /// <summary>Why the disclosure is necessary and proportionate.</summary>
    public string Reasons { get; }

    /// <summary>What is disclosed, about whom.</summary>
    public string Extent { get; }

    /// <summary>What the recipient may use it for.</summary>
    public string PermittedUse { get; }

    /// <summary>The UK GDPR Annex 1 condition, with Article 6(1)(ea).</summary>
    public Annex1Condition Annex1 { get; set; }

    /// <summary>The Article 9(2) condition for special category data.</summary>
    public Article9Condition Article9 { get; set; }

    /// <summary>The DPA 2018 Schedule 1 condition that completes the Article 9 condition.</summary>
    public Schedule1Condition Schedule1 { get; set; }

    /// <summary>The DPA 2018 Schedule 1 condition for criminal-offence data (Article 10).</summary>
    public Schedule1Condition Article10 { get; set; }

    /// <summary>The DPA 2018 Schedule 8 condition (Part 3 sensitive processing).</summary>
    public Schedule8Condition Schedule8 { get; set; }

    /// <summary>True when an appropriate policy document is in place.</summary>
    public bool AppropriatePolicyDocument { get; set; }

    /// <summary>The Gender Recognition Act s.22 exemption relied on for gender history.</summary>
    public GenderRecognitionExemption GenderRecognitionExemption { get; set; }

    /// <summary>The minute reference or date of the MARAC's agreement to share immigration status with an agency that does not attend it.</summary>
    public string? ImmigrationSharingAgreement { get; set; }

    /// <summary>The minute reference or date of the MARAC's explicit agreement to disclose immigration status to immigration enforcement.</summary>
    public string? ImmigrationEnforcementAgreement { get; set; }

    /// <summary>True when a disclosure to immigration enforcement is made to protect the victim.</summary>
    public bool ImmigrationEnforcementToProtectVictim { get; set; }

    /// <summary>The same basis as a <see cref="LawfulBasis"/> value.</summary>
    public LawfulBasis ToLawfulBasis() => new()
    {
        Regime = Regime,
        Article6 = Article6,
        Section35 = Section35,
        Annex1 = Annex1,
        Article9 = Article9,
        Schedule1 = Schedule1,
        Article10 = Article10,
        Schedule8 = Schedule8,
        AppropriatePolicyDocument = AppropriatePolicyDocument,
        GenderRecognitionExemption = GenderRecognitionExemption,
        ImmigrationSharingAgreement = Agreement(ImmigrationSharingAgreement),
        ImmigrationEnforcementAgreement = Agreement(ImmigrationEnforcementAgreement),
        ImmigrationEnforcementToProtectVictim = ImmigrationEnforcementToProtectVictim,
        Reasons = Reasons,
        Extent = Extent,
        PermittedUse = PermittedUse,
    };

    private static MaracAgreement Agreement(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return new MaracAgreement();
        }

        return CalendarDate.TryParseIso(reference!.Trim(), out var date) ? MaracAgreement.On(date) : MaracAgreement.Minute(reference);
    }
}
