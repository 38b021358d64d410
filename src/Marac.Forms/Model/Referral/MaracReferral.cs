using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// A referral of a high-risk domestic-abuse case to a MARAC: the SafeLives template fields in their
/// order, plus fields common on local variants. Every member is optional so drafts can be saved and
/// printed; <see cref="Validate(ValidationOptions)"/> reports what a completed referral still lacks.
/// </summary>
public sealed record MaracReferral
{
    private Agency referringAgency = new();
    private Practitioner referrer = new();
    private Practitioner lineManager = new();
    private VictimDetails victim = new();
    private ReferralReasons reasons = new();

    /// <summary>The MARAC the referral is sent to (area name).</summary>
    public string? MaracArea { get; init; }

    /// <summary>The secure email address of that MARAC.</summary>
    public string? MaracSecureEmail { get; init; }

    /// <summary>The referring agency.</summary>
    public Agency ReferringAgency { get => referringAgency; init => referringAgency = value ?? new(); }

    /// <summary>The person making the referral, with their contact details.</summary>
    [RestrictedPersonalData]
    public Practitioner Referrer { get => referrer; init => referrer = value ?? new(); }

    /// <summary>The date of the referral.</summary>
    public CalendarDate? ReferralDate { get; init; }

    /// <summary>The referrer's line manager.</summary>
    [RestrictedPersonalData]
    public Practitioner LineManager { get => lineManager; init => lineManager = value ?? new(); }

    /// <summary>Whether the line manager has approved the referral.</summary>
    public bool? LineManagerApproved { get; init; }

    /// <summary>Police crime reference, if any.</summary>
    [CriminalOffenceData]
    public string? CrimeReference { get; init; }

    /// <summary>Police officer in charge of the case, if any.</summary>
    [RestrictedPersonalData]
    public string? OfficerInCharge { get; init; }

    /// <summary>The victim.</summary>
    [RestrictedPersonalData]
    public VictimDetails Victim { get => victim; init => victim = value ?? new(); }

    /// <summary>The perpetrator or perpetrators.</summary>
    [RestrictedPersonalData]
    public ValueList<Perpetrator> Perpetrators { get; init; }

    /// <summary>Children connected to the case.</summary>
    [RestrictedPersonalData]
    public ValueList<Child> Children { get; init; }

    /// <summary>Other members of the household who are at risk.</summary>
    [RestrictedPersonalData]
    public string? OtherHouseholdMembersAtRisk { get; init; }

    /// <summary>Which referral criteria apply, and the facts behind them.</summary>
    [RestrictedPersonalData]
    public ReferralReasons Reasons { get => reasons; init => reasons = value ?? new(); }

    /// <summary>Summary of the risk: what happened, when, where, injuries, whether reported to the police, barriers.</summary>
    [CriminalOffenceData]
    public string? RiskSummary { get; init; }

    /// <summary>Support already in place for the victim.</summary>
    [RestrictedPersonalData]
    public string? SupportInPlace { get; init; }

    /// <summary>Why the case needs a multi-agency response.</summary>
    [RestrictedPersonalData]
    public string? WhyMultiAgencyApproach { get; init; }

    /// <summary>Whether a referral to an IDVA (IDAA in Scotland) has been made.</summary>
    public bool? IdvaReferralMade { get; init; }

    /// <summary>Other agencies already involved.</summary>
    [RestrictedPersonalData]
    public string? OtherAgenciesInvolved { get; init; }

    /// <summary>Whether the victim knows about the referral.</summary>
    public bool? VictimAwareOfReferral { get; init; }

    /// <summary>If the victim is not aware, why not.</summary>
    [RestrictedPersonalData]
    public string? NotAwareReason { get; init; }

    /// <summary>Whether the victim consented to information being shared.</summary>
    public bool? ConsentGiven { get; init; }

    /// <summary>Where consent was not given, the reference of the sharing-without-consent record.</summary>
    public string? SharingWithoutConsentReference { get; init; }

    /// <summary>Everyone the victim is afraid of, not only the main perpetrator.</summary>
    [RestrictedPersonalData]
    public string? VictimIsAfraidOf { get; init; }

    /// <summary>People it is safe to talk to about the victim.</summary>
    [RestrictedPersonalData]
    public string? SafeToTalkTo { get; init; }

    /// <summary>People it is not safe to talk to.</summary>
    [RestrictedPersonalData]
    public string? NotSafeToTalkTo { get; init; }

    /// <summary>Whether the victim has been referred to a MARAC before.</summary>
    public bool? PreviouslyReferredToMarac { get; init; }

    /// <summary>Where and when the earlier referral was made.</summary>
    [RestrictedPersonalData]
    public string? PreviousMaracDetails { get; init; }

    /// <summary>The date of the last MARAC meeting that heard the case.</summary>
    public CalendarDate? DateOfLastMarac { get; init; }

    /// <summary>Checks the referral and returns every problem found, including ticked criteria that the facts contradict.</summary>
    public ValidationReport Validate(ValidationOptions? options = null) => RecordValidation.Run(this, options, (referral, o) => MaracReferralValidator.Validate(referral, null, o));

    /// <summary>
    /// Checks the referral together with the Dash checklist attached to it: besides everything <see cref="Validate(ValidationOptions)"/>
    /// checks, the referral's Dash score and date must match the checklist's, and the checklist must not be older
    /// than the latest incident.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="attachedDash"/> is null.</exception>
    public ValidationReport Validate(DashChecklist attachedDash, ValidationOptions? options = null) =>
        attachedDash is null
            ? throw new ArgumentNullException(nameof(attachedDash))
            : RecordValidation.Run(this, options, (referral, o) => MaracReferralValidator.Validate(referral, attachedDash, o));

    /// <summary>Works out which MARAC criteria the referral meets, using its own Dash score.</summary>
    public ReferralCriteriaEvaluation EvaluateCriteria(ReferralCriteriaSettings? settings = null) =>
        ReferralCriteria.Evaluate(Reasons.DashScore, Reasons, ReferralDate, settings);

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(MaracReferral));
}
