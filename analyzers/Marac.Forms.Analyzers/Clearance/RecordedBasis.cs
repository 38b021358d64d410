namespace Marac.Forms.Analyzers.Clearance;

/// <summary>What the compiler can see of the lawful basis recorded for a disclosure.</summary>
/// <remarks>
/// Immigration status has two separate agreements: the MARAC's agreement to share it with an agency that does
/// not attend, and the gate for immigration enforcement (the MARAC's explicit agreement, and the purpose of
/// protecting the victim). Code cannot tell where an output goes, so either one, in full, counts as the
/// MARAC's agreement; half a gate (an agreement without the protective purpose) does not.
/// </remarks>
internal readonly struct RecordedBasis
{
    public RecordedBasis(
        bool found, bool genderRecognitionExemption, bool immigrationSharing, bool enforcementAgreement = false, bool enforcementProtectsVictim = false,
        bool lacksArticle9 = false, bool lacksArticle10 = false)
    {
        LacksArticle9 = found && lacksArticle9;
        LacksArticle10 = found && lacksArticle10;
        Found = found;
        GenderRecognitionExemption = genderRecognitionExemption;
        ImmigrationSharing = immigrationSharing;
        EnforcementAgreement = enforcementAgreement;
        EnforcementProtectsVictim = enforcementProtectsVictim;
    }

    public static RecordedBasis None => default;

    /// <summary>A basis with no exemption or agreement the compiler can see.</summary>
    public static RecordedBasis Plain => new(true, false, false);

    /// <summary>A basis the compiler can read in full (an attribute, <c>LawfulBasis.For</c>, an initialiser) that states no Article 9 or Article 10 condition yet.</summary>
    public static RecordedBasis Stated => new(true, false, false, lacksArticle9: true, lacksArticle10: true);

    /// <summary>
    /// The basis is visibly without an Article 9(2) condition (with the Schedule 1 condition DPA 2018 s.10 requires),
    /// or under Part 3 without a Schedule 8 condition. A basis whose content the compiler cannot see (a parameter,
    /// stored data) is not known to lack one.
    /// </summary>
    public bool LacksArticle9 { get; }

    /// <summary>The basis is visibly under UK GDPR without an Article 10 condition (DPA 2018 s.10(5)).</summary>
    public bool LacksArticle10 { get; }

    /// <summary>Some lawful basis is recorded.</summary>
    public bool Found { get; }

    /// <summary>A Gender Recognition Act s.22 exemption is visibly recorded.</summary>
    public bool GenderRecognitionExemption { get; }

    /// <summary>The MARAC's agreement to share immigration status with an agency that does not attend is visibly recorded.</summary>
    public bool ImmigrationSharing { get; }

    /// <summary>The MARAC's explicit agreement to disclose immigration status to immigration enforcement is visibly recorded.</summary>
    public bool EnforcementAgreement { get; }

    /// <summary>The disclosure to immigration enforcement is visibly recorded as made to protect the victim.</summary>
    public bool EnforcementProtectsVictim { get; }

    /// <summary>The MARAC's agreement for immigration status to leave the meeting: the sharing agreement, or the whole enforcement gate.</summary>
    public bool ImmigrationAgreement => ImmigrationSharing || (EnforcementAgreement && EnforcementProtectsVictim);

    /// <summary>Either basis covers what it covers (several bases may be in force at once).</summary>
    public RecordedBasis Or(RecordedBasis other) =>
        new(Found || other.Found, GenderRecognitionExemption || other.GenderRecognitionExemption, ImmigrationSharing || other.ImmigrationSharing,
            EnforcementAgreement || other.EnforcementAgreement, EnforcementProtectsVictim || other.EnforcementProtectsVictim,
            (LacksArticle9 || !Found) && (other.LacksArticle9 || !other.Found), (LacksArticle10 || !Found) && (other.LacksArticle10 || !other.Found));

    /// <summary>Only what both cover (a value that may be either of two bases).</summary>
    public RecordedBasis And(RecordedBasis other) =>
        new(Found && other.Found, GenderRecognitionExemption && other.GenderRecognitionExemption, ImmigrationSharing && other.ImmigrationSharing,
            EnforcementAgreement && other.EnforcementAgreement, EnforcementProtectsVictim && other.EnforcementProtectsVictim,
            LacksArticle9 || other.LacksArticle9, LacksArticle10 || other.LacksArticle10);

    public RecordedBasis With(
        bool? genderRecognitionExemption = null, bool? immigrationSharing = null, bool? enforcementAgreement = null, bool? enforcementProtectsVictim = null,
        bool? lacksArticle9 = null, bool? lacksArticle10 = null) =>
        new(Found, genderRecognitionExemption ?? GenderRecognitionExemption, immigrationSharing ?? ImmigrationSharing,
            enforcementAgreement ?? EnforcementAgreement, enforcementProtectsVictim ?? EnforcementProtectsVictim,
            lacksArticle9 ?? LacksArticle9, lacksArticle10 ?? LacksArticle10);
}
