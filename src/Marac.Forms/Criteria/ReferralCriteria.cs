using System.Globalization;

namespace Marac.Forms;

/// <summary>Works out which of the four MARAC referral criteria a case meets.</summary>
public static class ReferralCriteria
{
    /// <summary>Evaluates the criteria from a Dash score and the referral's facts.</summary>
    /// <param name="dashScore">The number of Yes answers on the Dash checklist, if one was completed.</param>
    /// <param name="reasons">The referral's reasons and the facts behind them.</param>
    /// <param name="referralDate">The date of this referral; used as the repeat incident date when none is recorded.</param>
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

    private static CriterionResult Repeat(ReferralReasons reasons, CalendarDate? referralDate, ReferralCriteriaSettings settings)
    {
        if (reasons.LastReferralDate is not { } last)
        {
            return new(ReferralCriterion.Repeat, false, "No earlier MARAC referral is recorded.");
        }

        if ((reasons.LatestIncidentDate ?? referralDate) is not { } incident)
        {
            return new(ReferralCriterion.Repeat, false, "The date of the latest incident is not recorded.");
        }

        var windowEnd = last.AddMonths(settings.RepeatWindowMonths);
        var days = incident.DayNumber - last.DayNumber;
        if (incident > last && incident <= windowEnd)
        {
            return new(ReferralCriterion.Repeat, true, Invariant($"Incident on {incident} is {days} days after the last referral on {last}, within {settings.RepeatWindowMonths} months."));
        }

        return incident <= last
            ? new(ReferralCriterion.Repeat, false, Invariant($"The latest incident ({incident}) is not after the last referral ({last})."))
            : new(ReferralCriterion.Repeat, false, Invariant($"Incident on {incident} is {days} days after the last referral on {last}, outside {settings.RepeatWindowMonths} months."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
