using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Criteria;

public class ReferralCriteriaTests
{
    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    [InlineData(24, true)]
    [InlineData(0, false)]
    public void Visible_high_risk_starts_at_fourteen_yes_answers(int yes, bool expected)
    {
        var dash = ValidForms.Dash(yes);

        Assert.Equal(yes, dash.Score);
        Assert.Equal(expected, dash.EvaluateCriteria().VisibleHighRisk.IsMet);
    }

    [Fact]
    public void Dont_know_and_unanswered_items_do_not_count()
    {
        var answers = Enumerable.Range(0, DashItems.Count)
            .Select(i => i switch { < 13 => DashAnswer.Yes(), < 20 => DashAnswer.DontKnow(), _ => new DashAnswer() })
            .ToArray();
        var dash = ValidForms.WithAnswers(ValidForms.Dash(), answers);

        Assert.Equal(13, dash.Score);
        Assert.False(dash.EvaluateCriteria().VisibleHighRisk.IsMet);
    }

    [Fact]
    public void Score_follows_the_answers_so_it_cannot_disagree_with_them()
    {
        var dash = ValidForms.Dash(14);
        var changed = dash with { CurrentInjury = DashAnswer.No() };

        Assert.Equal(14, dash.Score);
        Assert.Equal(13, changed.Score);
    }

    [Fact]
    public void Professional_judgement_needs_a_stated_concern()
    {
        var ticked = new ReferralReasons { ProfessionalJudgement = true };
        var withConcern = ticked with { ProfessionalJudgementConcern = "Victim has no English and the family controls contact." };

        Assert.False(ReferralCriteria.Evaluate(5, ticked).ProfessionalJudgement.IsMet);
        Assert.True(ReferralCriteria.Evaluate(5, withConcern).ProfessionalJudgement.IsMet);
    }

    [Fact]
    public void Professional_judgement_only_raises_risk_and_never_removes_visible_high_risk()
    {
        var reasons = new ReferralReasons { ProfessionalJudgement = false, ProfessionalJudgementConcern = null };

        var result = ReferralCriteria.Evaluate(18, reasons);

        Assert.True(result.VisibleHighRisk.IsMet);
        Assert.True(result.MeetsMaracThreshold);
    }

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    public void Escalation_threshold_is_a_setting(int incidents, int threshold, bool expected)
    {
        var reasons = new ReferralReasons { PoliceIncidentsInPast12Months = incidents };
        var settings = new ReferralCriteriaSettings { EscalationThreshold = threshold };

        Assert.Equal(expected, ReferralCriteria.Evaluate(null, reasons, settings: settings).PotentialEscalation.IsMet);
    }

    [Fact]
    public void Escalation_defaults_to_three_incidents()
    {
        Assert.Equal(3, ReferralCriteriaSettings.Default.EscalationThreshold);
        Assert.True(ReferralCriteria.Evaluate(null, new ReferralReasons { PoliceIncidentsInPast12Months = 3 }).PotentialEscalation.IsMet);
    }

    [Theory]
    [InlineData(364, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Repeat_counts_incidents_within_twelve_months_of_the_last_referral(int daysAfter, bool expected)
    {
        // 2022-03-01 to 2023-03-01 is 365 days (no 29 February in between).
        var lastReferral = new CalendarDate(2022, 3, 1);
        var reasons = new ReferralReasons { LastReferralDate = lastReferral, LatestIncidentDate = lastReferral.AddDays(daysAfter) };

        var result = ReferralCriteria.Evaluate(null, reasons).Repeat;

        Assert.Equal(expected, result.IsMet);
        Assert.Contains(daysAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason);
    }

    [Fact]
    public void Repeat_is_measured_from_the_last_referral_not_the_last_meeting()
    {
        var reasons = new ReferralReasons { LastReferralDate = new CalendarDate(2025, 1, 10), LatestIncidentDate = new CalendarDate(2026, 1, 5) };
        var referral = ValidForms.Referral() with { Reasons = reasons, DateOfLastMarac = new CalendarDate(2025, 2, 20) };

        Assert.True(referral.EvaluateCriteria().Repeat.IsMet);
        Assert.False(referral.EvaluateCriteria(new ReferralCriteriaSettings { RepeatWindowMonths = 6 }).Repeat.IsMet);
    }

    [Fact]
    public void Repeat_uses_the_referral_date_when_no_incident_date_is_recorded()
    {
        var reasons = new ReferralReasons { LastReferralDate = new CalendarDate(2026, 2, 1) };

        Assert.True(ReferralCriteria.Evaluate(null, reasons, new CalendarDate(2026, 10, 1)).Repeat.IsMet);
        Assert.False(ReferralCriteria.Evaluate(null, reasons, new CalendarDate(2027, 3, 1)).Repeat.IsMet);
        Assert.False(ReferralCriteria.Evaluate(null, reasons).Repeat.IsMet);
    }

    [Theory]
    [InlineData("2024-02-29", "2025-02-28", true)]
    [InlineData("2024-02-29", "2025-03-01", false)]
    [InlineData("2023-02-28", "2024-02-28", true)]
    [InlineData("2023-02-28", "2024-02-29", false)]
    [InlineData("2025-03-31", "2026-03-31", true)]
    public void Twelve_months_from_29_February_end_on_28_February(string last, string incident, bool expected)
    {
        var reasons = new ReferralReasons { LastReferralDate = CalendarDate.ParseIso(last), LatestIncidentDate = CalendarDate.ParseIso(incident) };

        var result = ReferralCriteria.Evaluate(null, reasons).Repeat;

        Assert.Equal(expected, result.IsMet);
        Assert.Contains(CalendarDate.ParseIso(last).AddMonths(12).ToString(), result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_on_the_day_of_the_last_referral_does_not_count_and_the_reason_says_why()
    {
        var day = new CalendarDate(2026, 5, 4);

        var result = ReferralCriteria.Evaluate(null, new ReferralReasons { LastReferralDate = day, LatestIncidentDate = day }).Repeat;

        Assert.False(result.IsMet);
        Assert.Contains("on the day of the last referral", result.Reason, StringComparison.Ordinal);
        Assert.True(ReferralCriteria.Evaluate(null, new ReferralReasons { LastReferralDate = day, LatestIncidentDate = day.AddDays(1) }).Repeat.IsMet);
    }

    [Fact]
    public void The_reason_never_calls_the_referral_date_an_incident_date()
    {
        var reasons = new ReferralReasons { LastReferralDate = new CalendarDate(2026, 2, 1) };

        var measuredToReferral = ReferralCriteria.Evaluate(null, reasons, new CalendarDate(2026, 10, 1)).Repeat.Reason;
        var withIncident = ReferralCriteria.Evaluate(null, reasons with { LatestIncidentDate = new CalendarDate(2026, 9, 30) }, new CalendarDate(2026, 10, 1)).Repeat.Reason;

        Assert.DoesNotContain("incident (2026-10-01)", measuredToReferral, StringComparison.Ordinal);
        Assert.DoesNotContain("Incident on", measuredToReferral, StringComparison.Ordinal);
        Assert.Contains("No incident date is recorded; this referral (2026-10-01)", measuredToReferral, StringComparison.Ordinal);
        Assert.StartsWith("The latest incident (2026-09-30)", withIncident, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14, 14, true)]
    [InlineData(12, 12, true)]
    [InlineData(12, 11, false)]
    public void An_area_may_lower_the_visible_high_risk_threshold(int threshold, int score, bool met)
    {
        var settings = ReferralCriteriaSettings.Default with { VisibleHighRiskThreshold = threshold };

        Assert.Equal(met, ReferralCriteria.Evaluate(score, null, settings: settings).VisibleHighRisk.IsMet);
    }

    [Fact]
    public void Any_one_criterion_is_enough_and_each_result_explains_itself()
    {
        var result = ReferralCriteria.Evaluate(9, new ReferralReasons { PoliceIncidentsInPast12Months = 4 });

        Assert.True(result.MeetsMaracThreshold);
        Assert.Equal(new[] { ReferralCriterion.PotentialEscalation }, result.Met);
        Assert.Contains("9", result.VisibleHighRisk.Reason);
        Assert.All(result.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public void Nothing_met_means_below_threshold()
    {
        var result = ReferralCriteria.Evaluate(3, new ReferralReasons());

        Assert.False(result.MeetsMaracThreshold);
        Assert.Empty(result.Met);
    }
}
