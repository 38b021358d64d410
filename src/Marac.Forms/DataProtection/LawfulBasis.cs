using System.Text.Json.Serialization;
namespace Marac.Forms.DataProtection;

/// <summary>
/// The recorded legal footing for processing or disclosing personal data: the UK GDPR Article 6
/// basis, any Article 9 / Schedule 1 / Schedule 8 condition, any Gender Recognition Act exemption,
/// and the three things every MARAC disclosure record states: why, how much, and for what use.
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

    /// <summary>
    /// The Article 6(1) lawful basis; null until stated. Validation reports a basis without one, the
    /// Marac.Forms APIs that write or disclose refuse it, and a Marac.Forms file must state it.
    /// </summary>
    public Article6Basis? Article6 { get; init; }

    /// <summary>The Article 9(2) condition, when special category data is involved.</summary>
    public Article9Condition Article9 { get; init; }

    /// <summary>The DPA 2018 Schedule 1 condition, for special category data under 9(2)(g) or criminal-offence data.</summary>
    public Schedule1Condition Schedule1 { get; init; }

    /// <summary>The DPA 2018 Schedule 8 condition, when a competent authority processes under Part 3.</summary>
    public Schedule8Condition Schedule8 { get; init; }

    /// <summary>True when criminal-offence data (Article 10) is covered by this basis.</summary>
    public bool CoversCriminalOffenceData { get; init; }

    /// <summary>The Gender Recognition Act 2004 s.22 exemption relied on, if gender history is disclosed.</summary>
    public GenderRecognitionExemption GenderRecognitionExemption { get; init; }

    /// <summary>True when the MARAC explicitly agreed that immigration status may go to immigration enforcement to protect the victim.</summary>
    public bool ImmigrationDisclosureAgreedByMarac { get; init; }

    /// <summary>Why the processing or disclosure is necessary and proportionate. Never null: null is stored as empty.</summary>
    public string Reasons { get => reasons; init => reasons = value ?? string.Empty; }

    /// <summary>How much is disclosed: which data, about whom. Never null: null is stored as empty.</summary>
    public string Extent { get => extent; init => extent = value ?? string.Empty; }

    /// <summary>What the recipient may use the data for. Never null: null is stored as empty.</summary>
    public string PermittedUse { get => permittedUse; init => permittedUse = value ?? string.Empty; }

    /// <summary>True when the Article 6 basis, reasons, extent and permitted use are all stated.</summary>
    [JsonIgnore]
    public bool IsComplete =>
        Article6 is not null && !string.IsNullOrWhiteSpace(Reasons) && !string.IsNullOrWhiteSpace(Extent) && !string.IsNullOrWhiteSpace(PermittedUse);

    /// <summary>Creates a basis with its three required statements.</summary>
    public static LawfulBasis For(Article6Basis article6, string reasons, string extent, string permittedUse) =>
        new() { Article6 = article6, Reasons = reasons, Extent = extent, PermittedUse = permittedUse };

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

    /// <summary>Throws when the Article 6 basis is not stated or any of reasons, extent or permitted use is empty.</summary>
    /// <exception cref="ArgumentException">The Article 6 basis or a required statement is missing.</exception>
    public void EnsureComplete()
    {
        if (Article6 is null)
        {
            throw new ArgumentException("The lawful basis does not state its UK GDPR Article 6 basis (for example public task or vital interests).");
        }

        var missing = MissingStatements();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"The lawful basis is incomplete: {string.Join(", ", missing)} must be stated (seed protocol section 2.2: every disclosure records reasons, extent and permitted use).");
        }
    }
}
