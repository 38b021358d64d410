using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// Why the case is referred: the referrer's answer to each of the four MARAC criteria and the facts
/// behind them. <see cref="ReferralCriteria.Evaluate"/> works out from the facts which criteria are met.
/// </summary>
public sealed record ReferralReasons
{
    /// <summary>The referrer ticks visible high risk (14 or more Yes answers on the Dash checklist).</summary>
    public bool? VisibleHighRisk { get; init; }

    /// <summary>The Dash score (number of Yes answers, 0 to 24) from the checklist that supports the referral.</summary>
    public int? DashScore { get; init; }

    /// <summary>The date that Dash checklist was completed.</summary>
    public CalendarDate? DashCompletedOn { get; init; }

    /// <summary>The referrer ticks professional judgement.</summary>
    public bool? ProfessionalJudgement { get; init; }

    /// <summary>The concern behind professional judgement (fear, cultural or language barriers, immigration, 'honour'-based violence).</summary>
    [RestrictedPersonalData]
    public string? ProfessionalJudgementConcern { get; init; }

    /// <summary>The referrer ticks potential escalation.</summary>
    public bool? PotentialEscalation { get; init; }

    /// <summary>Incidents reported to the police in the 12 months before the referral.</summary>
    public int? PoliceIncidentsInPast12Months { get; init; }

    /// <summary>The referrer ticks repeat referral.</summary>
    public bool? Repeat { get; init; }

    /// <summary>The date of the last referral of this victim to a MARAC.</summary>
    public CalendarDate? LastReferralDate { get; init; }

    /// <summary>The case number of the last referral.</summary>
    [RestrictedPersonalData]
    public string? LastReferralCaseNumber { get; init; }

    /// <summary>The date of the latest incident of abuse between the same victim and perpetrator(s).</summary>
    public CalendarDate? LatestIncidentDate { get; init; }

    /// <summary>Anything else the MARAC should know about why the case is referred.</summary>
    [RestrictedPersonalData]
    public string? AdditionalInformation { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(ReferralReasons));
}
