using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// A decision to share, or not to share, information about a case (seed 002 §3.5, §4.1.5): which agency decided,
/// any request behind it, whose information it is, and, for a share, the lawful basis with its reasons, extent
/// and permitted use, and the conditions on passing it on; for a decision not to share, the reasons why not.
/// </summary>
public sealed record DisclosureDecision
{
    private Agency disclosingAgency = new();
    private DisclosureRequest request = new();
    private Agency recipient = new();
    private Practitioner decidedBy = new();

    /// <summary>Share or do not share.</summary>
    public DisclosureOutcome? Outcome { get; init; }

    /// <summary>A reference for the case the decision belongs to.</summary>
    [RestrictedPersonalData]
    public string? CaseReference { get; init; }

    /// <summary>What was requested or considered for disclosure.</summary>
    [RestrictedPersonalData]
    public string? InformationConsidered { get; init; }

    /// <summary>The agency that holds the information and makes the decision.</summary>
    public Agency DisclosingAgency { get => disclosingAgency; init => disclosingAgency = value ?? new(); }

    /// <summary>The request behind the decision, if there was one. Never null: null is stored as no request.</summary>
    public DisclosureRequest Request { get => request; init => request = value ?? new(); }

    /// <summary>Where the information was supplied to the MARAC by another agency, that agency: the information stays its property (seed 002 §3.2, §4.3.1).</summary>
    public string? SupplyingAgency { get; init; }

    /// <summary>Whether the supplying agency agreed to this disclosure (seed 002 §3.2, §4.3.3, §4.3.4).</summary>
    public bool? SupplyingAgencyAgreed { get; init; }

    /// <summary>The agency that would receive the information.</summary>
    public Agency Recipient { get => recipient; init => recipient = value ?? new(); }

    /// <summary>The named person at that agency.</summary>
    [RestrictedPersonalData]
    public string? RecipientPerson { get; init; }

    /// <summary>For a share, the lawful basis relied on, with reasons, extent and permitted use. Null for a decision not to share, which relies on none.</summary>
    public LawfulBasis? LawfulBasis { get; init; }

    /// <summary>For a share, whether and to whom the recipient may pass the information on (seed 002 §3.2, §4.3.1).</summary>
    [RestrictedPersonalData]
    public string? OnwardSharingConditions { get; init; }

    /// <summary>For a decision not to share, why not (seed 002 §3.5).</summary>
    [RestrictedPersonalData]
    public string? ReasonsNotShared { get; init; }

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
