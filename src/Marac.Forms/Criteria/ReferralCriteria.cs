using System.Globalization;

namespace Marac.Forms;

/// <summary>Works out which of the four MARAC referral criteria a case meets.</summary>
public static class ReferralCriteria
{
    /// <summary>Evaluates the criteria from a Dash score and the referral's facts.</summary>
    /// <param name="dashScore">The number of Yes answers on the Dash checklist, if one was completed.</param>
    /// <param name="reasons">The referral's reasons and the facts behind them.</param>
    /// <param name="referralDate">The date of this referral; the repeat criterion measures to it when no incident date is recorded, and says so.</param>
    /// <param name="settings">Local thresholds; <see cref="ReferralCriteriaSettings.Default"/> when null.</param>
    public static ReferralCriteriaEvaluation Evaluate(
        int? dashScore,
        ReferralReasons? reasons,
        CalendarDate? referralDate = null,
        ReferralCriteriaSettings? settings = null)
    {
        reasons ??= new ReferralReasons();
        settings ??= ReferralCriteriaSettings.Default;
        return new ReferralCriteriaEvaluation(
            VisibleHighRisk(dashScore, settings),
            ProfessionalJudgement(reasons),
            PotentialEscalation(reasons, settings),
            Repeat(reasons, referralDate, settings));
    }

    private static CriterionResult VisibleHighRisk(int? score, ReferralCriteriaSettings settings)
    {
        if (score is not { } s)
        {
            return new(ReferralCriterion.VisibleHighRisk, false, "No Dash score is recorded.");
        }

        return s >= settings.VisibleHighRiskThreshold
            ? new(ReferralCriterion.VisibleHighRisk, true, Invariant($"Dash score {s} is at or above {settings.VisibleHighRiskThreshold}."))
            : new(ReferralCriterion.VisibleHighRisk, false, Invariant($"Dash score {s} is below {settings.VisibleHighRiskThreshold}."));
    }

    private static CriterionResult ProfessionalJudgement(ReferralReasons reasons)
    {
        var concern = reasons.ProfessionalJudgementConcern;
        if (reasons.ProfessionalJudgement != true)
        {
            return new(ReferralCriterion.ProfessionalJudgement, false, "The referrer has not used professional judgement.");
        }

        return string.IsNullOrWhiteSpace(concern)
            ? new(ReferralCriterion.ProfessionalJudgement, false, "Professional judgement is ticked but no concern is stated; it counts only with the concern written down.")
            : new(ReferralCriterion.ProfessionalJudgement, true, "The referrer states a serious concern (professional judgement can raise risk, never lower it).");
    }

    private static CriterionResult PotentialEscalation(ReferralReasons reasons, ReferralCriteriaSettings settings)
    {
        if (reasons.PoliceIncidentsInPast12Months is not { } count)
        {
            return new(ReferralCriterion.PotentialEscalation, false, "The number of police-reported incidents in the past 12 months is not recorded.");
        }

        return count >= settings.EscalationThreshold
            ? new(ReferralCriterion.PotentialEscalation, true, Invariant($"{count} police-reported incidents in the past 12 months (threshold {settings.EscalationThreshold})."))
            : new(ReferralCriterion.PotentialEscalation, false, Invariant($"{count} police-reported incidents in the past 12 months is below the threshold of {settings.EscalationThreshold}."));
    }

    /// <remarks>
    /// The window runs from the day after the last referral to the same date <see cref="ReferralCriteriaSettings.RepeatWindowMonths"/>
    /// months later, inclusive; from 29 February, twelve months later is 28 February. An incident dated the day of
    /// the last referral is not counted: the date alone cannot tell it from the incident that referral was about.
    /// When no incident date is recorded the referral date stands in, and the reason says so.
    /// </remarks>
    private static CriterionResult Repeat(ReferralReasons reasons, CalendarDate? referralDate, ReferralCriteriaSettings settings)
    {
        if (reasons.LastReferralDate is not { } last)
        {
            return new(ReferralCriterion.Repeat, false, "No earlier MARAC referral is recorded.");
        }

        string measured;
        CalendarDate incident;
        if (reasons.LatestIncidentDate is { } latest)
        {
            incident = latest;
            measured = Invariant($"The latest incident ({latest})");
        }
        else if (referralDate is { } referred)
        {
            incident = referred;
            measured = Invariant($"No incident date is recorded; this referral ({referred})");
        }
        else
        {
            return new(ReferralCriterion.Repeat, false, "Neither the date of the latest incident nor the date of this referral is recorded.");
        }

        var windowEnd = last.AddMonths(settings.RepeatWindowMonths);
        var days = incident.DayNumber - last.DayNumber;
        if (incident == last)
        {
            return new(ReferralCriterion.Repeat, false, Invariant($"{measured} is on the day of the last referral ({last}), so it cannot be told apart from the incident that referral was about; record a later incident to count it."));
        }

        if (incident < last)
        {
            return new(ReferralCriterion.Repeat, false, Invariant($"{measured} is before the last referral ({last})."));
        }

        return incident <= windowEnd
            ? new(ReferralCriterion.Repeat, true, Invariant($"{measured} is {days} days after the last referral ({last}), within {settings.RepeatWindowMonths} months (up to {windowEnd})."))
            : new(ReferralCriterion.Repeat, false, Invariant($"{measured} is {days} days after the last referral ({last}), outside {settings.RepeatWindowMonths} months (which ended on {windowEnd})."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
