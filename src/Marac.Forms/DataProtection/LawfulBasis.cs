using System.Text.Json.Serialization;
namespace Marac.Forms.DataProtection;

/// <summary>
/// The recorded legal footing for processing or disclosing personal data, under one regime: UK GDPR (an
/// Article 6 basis, with any Annex 1, Article 9, Schedule 1 and Article 10 condition) or Part 3 of the Data
/// Protection Act 2018 (a s.35 basis, with any Schedule 8 condition). It also records the Gender Recognition
/// Act exemption and the MARAC agreements that gender history and immigration status need, and the three
/// things every MARAC disclosure record states: why, how much, and for what use (seed 002 §2.2).
/// </summary>
/// <remarks>
/// Pass a lawful basis to the Marac.Forms APIs that write or disclose data, or open a
/// <see cref="DisclosureScope"/> with one; the analyzers then know the basis is recorded.
/// </remarks>
public sealed record LawfulBasis
{
    private string reasons = string.Empty;
    private string extent = string.Empty;
    private string permittedUse = string.Empty;
    private MaracAgreement immigrationSharingAgreement = new();
    private MaracAgreement immigrationEnforcementAgreement = new();

    /// <summary>The regime the processing falls under: UK GDPR (the default) or Part 3 of the Data Protection Act 2018.</summary>
    public ProcessingRegime Regime { get; init; }

    /// <summary>
    /// The UK GDPR Article 6(1) lawful basis; null until stated. Under Part 3 it stays null (the basis is
    /// <see cref="Section35"/>). Validation reports a UK GDPR basis without one, the Marac.Forms APIs that
    /// write or disclose refuse it, and a Marac.Forms file must state it.
    /// </summary>
    public Article6Basis? Article6 { get; init; }

    /// <summary>The UK GDPR Annex 1 condition that Article 6(1)(ea) needs (Article 6(5)).</summary>
    public Annex1Condition Annex1 { get; init; }

    /// <summary>The Article 9(2) condition, when special category data is involved.</summary>
    public Article9Condition Article9 { get; init; }

    /// <summary>The DPA 2018 Schedule 1 condition that completes Article 9(2)(b), (g), (h), (i) or (j) (s.10(2) and (3)).</summary>
    public Schedule1Condition Schedule1 { get; init; }

    /// <summary>The DPA 2018 Schedule 1 condition relied on for criminal-offence data (UK GDPR Article 10; DPA 2018 s.10(5)); None when no such data is processed.</summary>
    public Schedule1Condition Article10 { get; init; }

    /// <summary>Under Part 3 of the DPA 2018: the s.35(2) basis (consent, or necessary for a law enforcement task). Null under UK GDPR.</summary>
    public LawEnforcementBasis? Section35 { get; init; }

    /// <summary>Under Part 3 of the DPA 2018: the Schedule 8 condition for sensitive processing (s.35(5)(b)).</summary>
    public Schedule8Condition Schedule8 { get; init; }

    /// <summary>
    /// True when the controller has an appropriate policy document in place for this processing: Part 3
    /// sensitive processing needs one (s.35(4)(b), (5)(c) and s.42), as do the Schedule 1 conditions that say so
    /// (for example paragraph 1(1)(b), and the Part 2 conditions through paragraph 5).
    /// </summary>
    public bool AppropriatePolicyDocument { get; init; }

    /// <summary>The Gender Recognition Act 2004 s.22 exemption relied on, if gender history is disclosed.</summary>
    public GenderRecognitionExemption GenderRecognitionExemption { get; init; }

    /// <summary>
    /// The MARAC's agreement to share immigration status with an agency that does not attend the MARAC (its date
    /// or minute reference). Never null: null is stored as an empty agreement.
    /// </summary>
    public MaracAgreement ImmigrationSharingAgreement { get => immigrationSharingAgreement; init => immigrationSharingAgreement = value ?? new(); }

    /// <summary>
    /// The MARAC's explicit agreement to disclose immigration status to immigration enforcement (its date or
    /// minute reference). Immigration enforcement never attends a MARAC, and this is allowed only to protect the
    /// victim (<see cref="ImmigrationEnforcementToProtectVictim"/>). Never null: null is stored as an empty agreement.
    /// </summary>
    public MaracAgreement ImmigrationEnforcementAgreement { get => immigrationEnforcementAgreement; init => immigrationEnforcementAgreement = value ?? new(); }

    /// <summary>True when the disclosure to immigration enforcement is made to protect the victim, the only purpose it may serve; never to support enforcement against them.</summary>
    public bool ImmigrationEnforcementToProtectVictim { get; init; }

    /// <summary>Why the processing or disclosure is necessary and proportionate. Never null: null is stored as empty.</summary>
    public string Reasons { get => reasons; init => reasons = value ?? string.Empty; }

    /// <summary>How much is disclosed: which data, about whom. Never null: null is stored as empty.</summary>
    public string Extent { get => extent; init => extent = value ?? string.Empty; }

    /// <summary>What the recipient may use the data for. Never null: null is stored as empty.</summary>
    public string PermittedUse { get => permittedUse; init => permittedUse = value ?? string.Empty; }

    /// <summary>True when the basis of its regime is stated: the Article 6 basis under UK GDPR, the s.35 basis under Part 3.</summary>
    [JsonIgnore]
    public bool StatesItsBasis => Regime == ProcessingRegime.LawEnforcement ? Section35 is not null : Article6 is not null;

    /// <summary>True when criminal-offence data is covered: by an Article 10 condition under UK GDPR, or by Part 3 itself.</summary>
    [JsonIgnore]
    public bool CoversCriminalOffenceData => Regime == ProcessingRegime.LawEnforcement || Article10 != Schedule1Condition.None;

    /// <summary>True when the basis of its regime, reasons, extent and permitted use are all stated.</summary>
    [JsonIgnore]
    public bool IsComplete => StatesItsBasis && MissingStatements().Count == 0;

    /// <summary>Creates a UK GDPR basis with its three required statements.</summary>
    public static LawfulBasis For(Article6Basis article6, string reasons, string extent, string permittedUse) =>
        new() { Article6 = article6, Reasons = reasons, Extent = extent, PermittedUse = permittedUse };

    /// <summary>Creates a DPA 2018 Part 3 (law enforcement) basis with its three required statements.</summary>
    public static LawfulBasis ForLawEnforcement(LawEnforcementBasis section35, string reasons, string extent, string permittedUse) =>
        new() { Regime = ProcessingRegime.LawEnforcement, Section35 = section35, Reasons = reasons, Extent = extent, PermittedUse = permittedUse };

    /// <summary>The names of the statements (reasons, extent, permitted use) that are empty.</summary>
    public IReadOnlyList<string> MissingStatements()
    {
        var missing = new List<string>(3);
        if (string.IsNullOrWhiteSpace(Reasons))
        {
            missing.Add("reasons");
        }

        if (string.IsNullOrWhiteSpace(Extent))
        {
            missing.Add("extent");
        }

        if (string.IsNullOrWhiteSpace(PermittedUse))
        {
            missing.Add("permittedUse");
        }

        return missing;
    }

    /// <summary>
    /// Throws when the basis of its regime is not stated, when it mixes the two regimes, or when any of reasons,
    /// extent or permitted use is empty.
    /// </summary>
    /// <exception cref="ArgumentException">The basis or a required statement is missing, or the regimes are mixed.</exception>
    public void EnsureComplete()
    {
        if (Regime == ProcessingRegime.LawEnforcement)
        {
            if (Section35 is null)
            {
                throw new ArgumentException("The lawful basis is under Part 3 of the Data Protection Act 2018 but does not state its section 35(2) basis (consent, or necessary for a law enforcement task).");
            }

            if (Article6 is not null)
            {
                throw new ArgumentException("The lawful basis is under Part 3 of the Data Protection Act 2018 and also states a UK GDPR Article 6 basis; one processing is under one regime only.");
            }
        }
        else
        {
            if (Article6 is null)
            {
                throw new ArgumentException("The lawful basis does not state its UK GDPR Article 6 basis (for example public task or vital interests).");
            }

            if (Section35 is not null)
            {
                throw new ArgumentException("The lawful basis is under UK GDPR and also states a Data Protection Act 2018 section 35 basis; one processing is under one regime only.");
            }
        }

        var missing = MissingStatements();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"The lawful basis is incomplete: {string.Join(", ", missing)} must be stated (seed protocol section 2.2: every disclosure records reasons, extent and permitted use).");
        }
    }
}
