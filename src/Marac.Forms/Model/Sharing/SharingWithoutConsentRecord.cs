using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// The record made when information about a victim is shared without their consent (the "sharing
/// information without consent" form): who is at risk and why, the legal authority, what was weighed,
/// who was consulted, whether the client was told, the review, and every disclosure made.
/// </summary>
public sealed record SharingWithoutConsentRecord
{
    private Agency sharingAgency = new();
    private PersonName victimName = new();
    private DateOfBirth victimDateOfBirth = new();
    private Address victimAddress = new();
    private LawfulBasis currentLawBasis = new();
    private Signature caseworkerSignature = new();
    private Signature managerSignature = new();

    /// <summary>The agency making this record and sharing the information; whether it is a public authority decides the lawful bases open to it.</summary>
    public Agency SharingAgency { get => sharingAgency; init => sharingAgency = value ?? new(); }

    /// <summary>The victim's name.</summary>
    [RestrictedPersonalData]
    public PersonName VictimName { get => victimName; init => victimName = value ?? new(); }

    /// <summary>The victim's date of birth.</summary>
    [RestrictedPersonalData]
    public DateOfBirth VictimDateOfBirth { get => victimDateOfBirth; init => victimDateOfBirth = value ?? new(); }

    /// <summary>The victim's address.</summary>
    [RestrictedPersonalData]
    public Address VictimAddress { get => victimAddress; init => victimAddress = value ?? new(); }

    /// <summary>Children: name, date of birth, address and school where known.</summary>
    [RestrictedPersonalData]
    public ValueList<Child> Children { get; init; }

    /// <summary>The risk table: who is at risk, from whom, the concerns, the immediate risks and how they were identified.</summary>
    [RestrictedPersonalData]
    public ValueList<RiskTableRow> Risks { get; init; }

    /// <summary>Whether a completed Dash checklist is attached.</summary>
    public bool? DashAttached { get; init; }

    /// <summary>The Dash score out of 24, if a checklist was completed.</summary>
    public int? DashScore { get; init; }

    /// <summary>Details of the incident or information causing concern.</summary>
    [CriminalOffenceData]
    public string? IncidentDetails { get; init; }

    /// <summary>The source of that information.</summary>
    [RestrictedPersonalData]
    public string? InformationSource { get; init; }

    /// <summary>Why consent is not in place: refused, not sought, could not be sought in time, or the victim is unable to consent.</summary>
    public ConsentPosition? ConsentPosition { get; init; }

    /// <summary>Where consent was not sought, what asking would have done (seed 002 §4.2.4).</summary>
    public ValueList<ConsentNotSoughtReason> ReasonsConsentNotSought { get; init; }

    /// <summary>Notes on the consent position.</summary>
    [RestrictedPersonalData]
    public string? ConsentNotes { get; init; }

    /// <summary>What was considered before deciding to share (seed 002 §4.2.2).</summary>
    public ValueList<RiskFactorWeighed> RisksWeighed { get; init; }

    /// <summary>Whether a relevant information-sharing protocol applies.</summary>
    public bool? ProtocolApplies { get; init; }

    /// <summary>Which protocol and which part of it.</summary>
    public string? ProtocolDetails { get; init; }

    /// <summary>Whether legal grounds are relied on (the alternative to a protocol).</summary>
    public bool? LegalGroundsApply { get; init; }

    /// <summary>The legal grounds ticked, as the 2012 form lists them.</summary>
    public ValueList<LegacyLegalGround> LegalGrounds { get; init; }

    /// <summary>The lawful basis in current law (UK GDPR, DPA 2018) with reasons, extent and permitted use.</summary>
    public LawfulBasis CurrentLawBasis { get => currentLawBasis; init => currentLawBasis = value ?? new(); }

    /// <summary>The balancing considerations weighed.</summary>
    public ValueList<BalancingConsideration> BalancingConsiderations { get; init; }

    /// <summary>Comments on the balancing exercise, including any other consideration.</summary>
    [RestrictedPersonalData]
    public string? BalancingComments { get; init; }

    /// <summary>Consultations within the agency: names, dates, advice, decisions.</summary>
    [RestrictedPersonalData]
    public ValueList<Consultation> InternalConsultations { get; init; }

    /// <summary>Consultations outside the agency (for example an information-sharing helpline).</summary>
    [RestrictedPersonalData]
    public ValueList<Consultation> ExternalConsultations { get; init; }

    /// <summary>The kinds of extra-sensitive data the disclosure includes.</summary>
    public ValueList<DisclosedDataCategory> SensitiveDataShared { get; init; }

    /// <summary>The date the decision to share was made.</summary>
    public CalendarDate? DecisionDate { get; init; }

    /// <summary>Whether the client was told information was shared.</summary>
    public bool? ClientNotified { get; init; }

    /// <summary>When the client was told.</summary>
    public CalendarDate? DateNotified { get; init; }

    /// <summary>If the client was not told, why not (for example telling them would increase the risk).</summary>
    [RestrictedPersonalData]
    public string? NotNotifiedReason { get; init; }

    /// <summary>The date to review the situation, including the response of the agencies informed.</summary>
    public CalendarDate? ReviewDate { get; init; }

    /// <summary>The person responsible for making sure the review happens by that date.</summary>
    [RestrictedPersonalData]
    public string? ReviewResponsiblePerson { get; init; }

    /// <summary>Each disclosure made: date, agency and person, method and legal authority.</summary>
    [RestrictedPersonalData]
    public ValueList<SharingLogEntry> SharingLog { get; init; }

    /// <summary>The caseworker's signature and date.</summary>
    [RestrictedPersonalData]
    public Signature CaseworkerSignature { get => caseworkerSignature; init => caseworkerSignature = value ?? new(); }

    /// <summary>The manager's signature and date.</summary>
    [RestrictedPersonalData]
    public Signature ManagerSignature { get => managerSignature; init => managerSignature = value ?? new(); }

    /// <summary>Checks the record and returns every problem found.</summary>
    public ValidationReport Validate(ValidationOptions? options = null) => RecordValidation.Run(this, options, SharingWithoutConsentValidator.Validate);

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(SharingWithoutConsentRecord));
}
