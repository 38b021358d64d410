using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// A decision to share, or not to share, information about a case, with its reasons, the extent of
/// what is disclosed, the use the recipient may make of it, and who decided, when and how it was sent.
/// Every disclosure and every decision not to disclose is recorded.
/// </summary>
public sealed record DisclosureDecision
{
    private Agency recipient = new();
    private Practitioner decidedBy = new();
    private LawfulBasis lawfulBasis = new();

    /// <summary>Share or do not share.</summary>
    public DisclosureOutcome? Outcome { get; init; }

    /// <summary>A reference for the case the decision belongs to.</summary>
    [RestrictedPersonalData]
    public string? CaseReference { get; init; }

    /// <summary>What was requested or considered for disclosure.</summary>
    [RestrictedPersonalData]
    public string? InformationConsidered { get; init; }

    /// <summary>The agency that would receive the information.</summary>
    public Agency Recipient { get => recipient; init => recipient = value ?? new(); }

    /// <summary>The named person at that agency.</summary>
    [RestrictedPersonalData]
    public string? RecipientPerson { get; init; }

    /// <summary>The lawful basis relied on for a disclosure, with reasons, extent and permitted use. For a decision not to share, its reasons field says why not.</summary>
    public LawfulBasis LawfulBasis { get => lawfulBasis; init => lawfulBasis = value ?? new(); }

    /// <summary>The kinds of extra-sensitive data included.</summary>
    public ValueList<DisclosedDataCategory> SensitiveDataShared { get; init; }

    /// <summary>Who made the decision.</summary>
    [RestrictedPersonalData]
    public Practitioner DecidedBy { get => decidedBy; init => decidedBy = value ?? new(); }

    /// <summary>When the decision was made.</summary>
    public CalendarDate? DecidedOn { get; init; }

    /// <summary>How the information was sent (secure email, telephone, in person); empty when not shared.</summary>
    public string? Method { get; init; }

    /// <summary>Checks the decision and returns every problem found.</summary>
    public ValidationReport Validate(ValidationOptions? options = null) => RecordValidation.Run(this, options, DisclosureDecisionValidator.Validate);

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(DisclosureDecision));
}
