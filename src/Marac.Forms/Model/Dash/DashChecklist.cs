using System.Text.Json.Serialization;
using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// The Dash risk identification checklist (SafeLives, 2009): 24 questions in the published order,
/// each answered Yes, No or Don't know, with the header and closing sections. The score is computed
/// from the answers and never stored, so it cannot disagree with them.
/// </summary>
/// <remarks>Risk is dynamic: a checklist is dated, and a new incident calls for a new checklist.</remarks>
public sealed record DashChecklist
{
    private Signature completedBy = new();

    private DashAnswer currentInjury = new();
    private DashAnswer veryFrightened = new();
    private DashAnswer afraidOfWhat = new();
    private DashAnswer isolated = new();
    private DashAnswer depressedOrSuicidal = new();
    private DashAnswer recentSeparation = new();
    private DashAnswer childContactConflict = new();
    private DashAnswer stalkingOrHarassment = new();
    private DashAnswer pregnantOrRecentBirth = new();
    private DashAnswer abuseMoreOften = new();
    private DashAnswer abuseGettingWorse = new();
    private DashAnswer controllingOrJealous = new();
    private DashAnswer usedWeapons = new();
    private DashAnswer threatenedToKill = new();
    private DashAnswer strangulation = new();
    private DashAnswer sexualAbuse = new();
    private DashAnswer otherPersonThreat = new();
    private DashAnswer hurtOthers = new();
    private DashAnswer animalAbuse = new();
    private DashAnswer financialIssues = new();
    private DashAnswer abuserProblems = new();
    private DashAnswer abuserSuicideThreat = new();
    private DashAnswer breachOfOrders = new();
    private DashAnswer criminalHistory = new();

    /// <summary>The victim's name, or a code where the name is not to be written.</summary>
    [RestrictedPersonalData]
    public string? VictimNameOrCode { get; init; }

    /// <summary>The date the checklist was completed.</summary>
    public CalendarDate? CompletedOn { get; init; }

    /// <summary>Item 1: Is the victim injured from the current incident?</summary>
    [RestrictedPersonalData]
    public DashAnswer CurrentInjury { get => currentInjury; init => currentInjury = value ?? new(); }

    /// <summary>Item 1: What the injuries are.</summary>
    [RestrictedPersonalData]
    public string? CurrentInjuryDetails { get; init; }

    /// <summary>Item 1: Whether this is the first injury.</summary>
    public bool? IsFirstInjury { get; init; }

    /// <summary>Item 2: Is the victim very frightened?</summary>
    [RestrictedPersonalData]
    public DashAnswer VeryFrightened { get => veryFrightened; init => veryFrightened = value ?? new(); }

    /// <summary>Item 3: What is the victim afraid of (further injury, violence)?</summary>
    [RestrictedPersonalData]
    public DashAnswer AfraidOfWhat { get => afraidOfWhat; init => afraidOfWhat = value ?? new(); }

    /// <summary>Item 3: What the victim thinks the abuser might do, and to whom, including children.</summary>
    [RestrictedPersonalData]
    public string? AfraidOfWhatDetails { get; init; }

    /// <summary>Item 4: Does the abuser try to stop the victim seeing family, friends, a doctor or others (isolating them)?</summary>
    [RestrictedPersonalData]
    public DashAnswer Isolated { get => isolated; init => isolated = value ?? new(); }

    /// <summary>Item 5: Is the victim depressed or having suicidal thoughts?</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public DashAnswer DepressedOrSuicidal { get => depressedOrSuicidal; init => depressedOrSuicidal = value ?? new(); }

    /// <summary>Item 6: Has the victim separated or tried to separate within the past year?</summary>
    [RestrictedPersonalData]
    public DashAnswer RecentSeparation { get => recentSeparation; init => recentSeparation = value ?? new(); }

    /// <summary>Item 7: Is there conflict over child contact?</summary>
    [RestrictedPersonalData]
    public DashAnswer ChildContactConflict { get => childContactConflict; init => childContactConflict = value ?? new(); }

    /// <summary>Item 8: Does the abuser stalk or harass the victim?</summary>
    [RestrictedPersonalData]
    public DashAnswer StalkingOrHarassment { get => stalkingOrHarassment; init => stalkingOrHarassment = value ?? new(); }

    /// <summary>Item 8: What the stalking or harassment involves (texts, calls, following).</summary>
    [RestrictedPersonalData]
    public string? StalkingDetails { get; init; }

    /// <summary>Item 8: Whether the victim feels it is done deliberately to intimidate.</summary>
    public bool? StalkingDeliberatelyIntimidating { get; init; }

    /// <summary>Item 9: Is the victim pregnant, or had a baby in the last 18 months?</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public DashAnswer PregnantOrRecentBirth { get => pregnantOrRecentBirth; init => pregnantOrRecentBirth = value ?? new(); }

    /// <summary>Item 10: Is the abuse happening more often?</summary>
    [RestrictedPersonalData]
    public DashAnswer AbuseMoreOften { get => abuseMoreOften; init => abuseMoreOften = value ?? new(); }

    /// <summary>Item 11: Is the abuse getting worse?</summary>
    [RestrictedPersonalData]
    public DashAnswer AbuseGettingWorse { get => abuseGettingWorse; init => abuseGettingWorse = value ?? new(); }

    /// <summary>Item 12: Is the abuser controlling or excessively jealous?</summary>
    [RestrictedPersonalData]
    public DashAnswer ControllingOrJealous { get => controllingOrJealous; init => controllingOrJealous = value ?? new(); }

    /// <summary>Item 12: The controlling or jealous behaviour, including 'honour'-based control.</summary>
    [RestrictedPersonalData]
    public string? ControllingBehaviourDetails { get; init; }

    /// <summary>Item 13: Has the abuser used weapons or objects to hurt the victim?</summary>
    [RestrictedPersonalData]
    public DashAnswer UsedWeapons { get => usedWeapons; init => usedWeapons = value ?? new(); }

    /// <summary>Item 14: Has the abuser threatened to kill the victim or someone else, and was this believed?</summary>
    [RestrictedPersonalData]
    public DashAnswer ThreatenedToKill { get => threatenedToKill; init => threatenedToKill = value ?? new(); }

    /// <summary>Item 14: Whom the abuser threatened to kill.</summary>
    [RestrictedPersonalData]
    public ValueList<ThreatToKillTarget> ThreatenedToKillWhom { get; init; }

    /// <summary>Item 14: Who else was threatened.</summary>
    [RestrictedPersonalData]
    public string? ThreatenedToKillOtherDetails { get; init; }

    /// <summary>Item 15: Has the abuser attempted to strangle, choke, suffocate or drown the victim?</summary>
    [RestrictedPersonalData]
    public DashAnswer Strangulation { get => strangulation; init => strangulation = value ?? new(); }

    /// <summary>Item 16: Is there sexual abuse?</summary>
    [SpecialCategoryData(SpecialCategory.SexLife)]
    public DashAnswer SexualAbuse { get => sexualAbuse; init => sexualAbuse = value ?? new(); }

    /// <summary>Item 16: If someone other than the abuser, who.</summary>
    [RestrictedPersonalData]
    public string? SexualAbuseByWhom { get; init; }

    /// <summary>Item 17: Has another person threatened the victim, or does the victim fear someone else?</summary>
    [RestrictedPersonalData]
    public DashAnswer OtherPersonThreat { get => otherPersonThreat; init => otherPersonThreat = value ?? new(); }

    /// <summary>Item 17: Whom the victim fears and why (in 'honour'-based violence, extended family).</summary>
    [RestrictedPersonalData]
    public string? OtherPersonThreatDetails { get; init; }

    /// <summary>Item 18: Has the abuser hurt anyone else?</summary>
    [RestrictedPersonalData]
    public DashAnswer HurtOthers { get => hurtOthers; init => hurtOthers = value ?? new(); }

    /// <summary>Item 18: Whom else the abuser has hurt.</summary>
    [RestrictedPersonalData]
    public ValueList<HurtOthersTarget> HurtOthersWhom { get; init; }

    /// <summary>Item 18: Who else, if other.</summary>
    [RestrictedPersonalData]
    public string? HurtOthersOtherDetails { get; init; }

    /// <summary>Item 19: Has the abuser mistreated an animal or the family pet?</summary>
    [RestrictedPersonalData]
    public DashAnswer AnimalAbuse { get => animalAbuse; init => animalAbuse = value ?? new(); }

    /// <summary>Item 20: Are there financial issues (dependence, job loss)?</summary>
    [RestrictedPersonalData]
    public DashAnswer FinancialIssues { get => financialIssues; init => financialIssues = value ?? new(); }

    /// <summary>Item 21: Has the abuser had problems with drugs, alcohol or mental health in the past year?</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public DashAnswer AbuserProblems { get => abuserProblems; init => abuserProblems = value ?? new(); }

    /// <summary>Item 21: Which problems the abuser has had.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public ValueList<AbuserProblemArea> AbuserProblemAreas { get; init; }

    /// <summary>Item 22: Has the abuser threatened or attempted suicide?</summary>
    [RestrictedPersonalData]
    public DashAnswer AbuserSuicideThreat { get => abuserSuicideThreat; init => abuserSuicideThreat = value ?? new(); }

    /// <summary>Item 23: Has the abuser breached bail, an injunction or a formal agreement?</summary>
    [CriminalOffenceData]
    public DashAnswer BreachOfOrders { get => breachOfOrders; init => breachOfOrders = value ?? new(); }

    /// <summary>Item 23: Which orders or agreements were breached.</summary>
    [CriminalOffenceData]
    public ValueList<BreachedOrderKind> BreachedOrders { get; init; }

    /// <summary>Item 23: Details of another order or agreement.</summary>
    [CriminalOffenceData]
    public string? BreachedOrdersOtherDetails { get; init; }

    /// <summary>Item 24: Is the abuser in trouble with the police or has a criminal history?</summary>
    [CriminalOffenceData]
    public DashAnswer CriminalHistory { get => criminalHistory; init => criminalHistory = value ?? new(); }

    /// <summary>Item 24: What the history involves.</summary>
    [CriminalOffenceData]
    public ValueList<CriminalHistoryKind> CriminalHistoryKinds { get; init; }

    /// <summary>Item 24: Details of other offences.</summary>
    [CriminalOffenceData]
    public string? CriminalHistoryOtherDetails { get; init; }

    /// <summary>Other relevant information that may increase risk (disability, substance misuse, mental health, cultural or language barriers, 'honour'-based systems, minimisation).</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public string? OtherRelevantInformation { get; init; }

    /// <summary>Whether the abuser's occupation or interests give access to weapons.</summary>
    public bool? AbuserHasAccessToWeapons { get; init; }

    /// <summary>What that access is.</summary>
    [RestrictedPersonalData]
    public string? WeaponAccessDetails { get; init; }

    /// <summary>The victim's greatest priorities for their safety.</summary>
    [RestrictedPersonalData]
    public string? VictimSafetyPriorities { get; init; }

    /// <summary>Whether there are reasonable grounds for referring to MARAC.</summary>
    public bool? ReasonableGroundsToRefer { get; init; }

    /// <summary>Whether a MARAC referral has been made.</summary>
    public bool? MaracReferralMade { get; init; }

    /// <summary>Whether there are risks to children.</summary>
    public bool? RisksToChildren { get; init; }

    /// <summary>Whether a child safeguarding referral has been made.</summary>
    public bool? ChildSafeguardingReferralMade { get; init; }

    /// <summary>The date of that child safeguarding referral.</summary>
    public CalendarDate? ChildSafeguardingReferralDate { get; init; }

    /// <summary>Answers to questions an area adds through its overlay (for example the Scottish overlay's local child-protection questions); they do not count towards the score.</summary>
    public ValueList<LocalDashAnswer> LocalItems { get; init; }

    /// <summary>Who completed and signed the checklist, and when.</summary>
    [RestrictedPersonalData]
    public Signature CompletedBy { get => completedBy; init => completedBy = value ?? new(); }

    /// <summary>The 24 answers in the published order (item 1 first).</summary>
    [JsonIgnore]
    public IReadOnlyList<DashAnswer> Answers => new[]
    {

        CurrentInjury,
        VeryFrightened,
        AfraidOfWhat,
        Isolated,
        DepressedOrSuicidal,
        RecentSeparation,
        ChildContactConflict,
        StalkingOrHarassment,
        PregnantOrRecentBirth,
        AbuseMoreOften,
        AbuseGettingWorse,
        ControllingOrJealous,
        UsedWeapons,
        ThreatenedToKill,
        Strangulation,
        SexualAbuse,
        OtherPersonThreat,
        HurtOthers,
        AnimalAbuse,
        FinancialIssues,
        AbuserProblems,
        AbuserSuicideThreat,
        BreachOfOrders,
        CriminalHistory
    };

    /// <summary>The score: the number of Yes answers, 0 to 24. Don't know and unanswered items do not count.</summary>
    [JsonIgnore]
    public int Score => Answers.Count(a => a.IsYes);

    /// <summary>Checks the checklist and returns every problem found.</summary>
    public ValidationReport Validate(ValidationOptions? options = null) => RecordValidation.Run(this, options, DashChecklistValidator.Validate);

    /// <summary>Works out which MARAC criteria apply, using this checklist's score and the referral's facts.</summary>
    /// <param name="reasons">The referral's reasons and facts, if a referral exists.</param>
    /// <param name="referralDate">The referral date; the completion date is used when null.</param>
    /// <param name="settings">Local thresholds.</param>
    public ReferralCriteriaEvaluation EvaluateCriteria(ReferralReasons? reasons = null, CalendarDate? referralDate = null, ReferralCriteriaSettings? settings = null) =>
        ReferralCriteria.Evaluate(Score, reasons, referralDate ?? CompletedOn, settings);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(DashChecklist)} {{ Score = {Score}, personal data hidden }}";
}
