using Marac.Forms.DataProtection;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Validation;

/// <summary>
/// The referral's ticked criteria are checked against its facts and against the Dash checklist attached to it:
/// one row per contradiction, with a referral that shows it and one that does not.
/// </summary>
public sealed class ReferralContradictionTests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    private static MaracReferral Valid => ValidForms.Referral();

    private static MaracReferral WithReasons(Func<ReferralReasons, ReferralReasons> change) => Valid with { Reasons = change(Valid.Reasons) };

    public static TheoryData<string, MaracReferral, MaracReferral, string> Contradictions() => new()
    {
        {
            "A Dash of 16 with visible high risk answered No",
            WithReasons(r => r with { VisibleHighRisk = false, ProfessionalJudgement = true, ProfessionalJudgementConcern = "Threats to kill." }),
            WithReasons(r => r with { VisibleHighRisk = true, ProfessionalJudgement = true, ProfessionalJudgementConcern = "Threats to kill." }),
            "reasons.visibleHighRisk"
        },
        {
            "A Dash of 16 with visible high risk left unticked",
            WithReasons(r => r with { VisibleHighRisk = null, Repeat = true, LastReferralDate = new CalendarDate(2026, 6, 1), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            WithReasons(r => r with { VisibleHighRisk = true, Repeat = true, LastReferralDate = new CalendarDate(2026, 6, 1), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            "reasons.visibleHighRisk"
        },
        {
            "Visible high risk ticked with a Dash below the threshold",
            WithReasons(r => r with { DashScore = 13 }),
            WithReasons(r => r with { DashScore = 13, VisibleHighRisk = false, ProfessionalJudgement = true, ProfessionalJudgementConcern = "Strangulation last week." }),
            "reasons.visibleHighRisk"
        },
        {
            "Escalation ticked with one police incident",
            WithReasons(r => r with { PotentialEscalation = true, PoliceIncidentsInPast12Months = 1 }),
            WithReasons(r => r with { PotentialEscalation = false, PoliceIncidentsInPast12Months = 1 }),
            "reasons.potentialEscalation"
        },
        {
            "Escalation answered No with incidents at the threshold",
            WithReasons(r => r with { PotentialEscalation = false, PoliceIncidentsInPast12Months = 3 }),
            WithReasons(r => r with { PotentialEscalation = true, PoliceIncidentsInPast12Months = 3 }),
            "reasons.potentialEscalation"
        },
        {
            "Repeat ticked with the last referral three years ago",
            WithReasons(r => r with { Repeat = true, LastReferralDate = new CalendarDate(2023, 10, 1), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            WithReasons(r => r with { Repeat = false, LastReferralDate = new CalendarDate(2023, 10, 1), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            "reasons.repeat"
        },
        {
            "Repeat ticked for an incident on the day of the last referral",
            WithReasons(r => r with { Repeat = true, LastReferralDate = new CalendarDate(2026, 5, 4), LatestIncidentDate = new CalendarDate(2026, 5, 4) }),
            WithReasons(r => r with { Repeat = true, LastReferralDate = new CalendarDate(2026, 5, 4), LatestIncidentDate = new CalendarDate(2026, 5, 5) }),
            "reasons.repeat"
        },
        {
            "Repeat answered No with a further incident within the window",
            WithReasons(r => r with { Repeat = false, LastReferralDate = new CalendarDate(2026, 5, 4), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            WithReasons(r => r with { Repeat = true, LastReferralDate = new CalendarDate(2026, 5, 4), LatestIncidentDate = new CalendarDate(2026, 10, 18) }),
            "reasons.repeat"
        },
        {
            "A Dash older than the latest incident",
            WithReasons(r => r with { LatestIncidentDate = new CalendarDate(2026, 10, 20) }),
            WithReasons(r => r with { LatestIncidentDate = new CalendarDate(2026, 10, 19) }),
            "reasons.dashCompletedOn"
        },
        {
            "Gender history on the referral without its s.22 exemption",
            Valid with { Victim = Valid.Victim with { Diversity = new DiversityAndNeeds { HasGenderHistory = true } } },
            Valid with { Victim = Valid.Victim with { Diversity = new DiversityAndNeeds { HasGenderHistory = true, GenderHistoryExemption = GenderRecognitionExemption.PersonAgreed } } },
            "victim.diversity.genderHistoryExemption"
        },
        {
            "Gender history details without its s.22 exemption",
            Valid with { Victim = Valid.Victim with { Diversity = new DiversityAndNeeds { GenderHistoryDetails = "Transitioned in 2019; the ex-partner threatens to tell her employer." } } },
            Valid with { Victim = Valid.Victim with { Diversity = new DiversityAndNeeds { GenderHistoryDetails = "Transitioned in 2019; the ex-partner threatens to tell her employer.", GenderHistoryExemption = GenderRecognitionExemption.PersonAgreed } } },
            "victim.diversity.genderHistoryExemption"
        },
        {
            "Immigration enforcement cannot refer",
            Valid with { ReferringAgency = Valid.ReferringAgency with { Kind = AgencyKind.ImmigrationEnforcement } },
            Valid,
            "referringAgency.kind"
        },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Each_contradiction_is_reported_at_its_path(string contradiction, MaracReferral failing, MaracReferral passing, string path)
    {
        var report = failing.Validate(Options);

        Assert.True(report.At(path).Any(), contradiction + ": expected a problem at " + path + ", got: " + report);
        Assert.True(passing.Validate(Options).IsValid, contradiction + ": " + passing.Validate(Options));
    }

    public static TheoryData<string, MaracReferral, DashChecklist, string> AttachedDashContradictions() => new()
    {
        { "The referral's score differs from the checklist's", Valid, ValidForms.Dash(15), "reasons.dashScore" },
        { "The referral's Dash date differs from the checklist's", Valid, ValidForms.Dash() with { CompletedOn = new CalendarDate(2026, 10, 18) }, "reasons.dashCompletedOn" },
        {
            "The attached checklist is older than the latest incident",
            WithReasons(r => r with { DashCompletedOn = null, LatestIncidentDate = new CalendarDate(2026, 10, 19) }),
            ValidForms.Dash() with { CompletedOn = new CalendarDate(2026, 10, 15) },
            "reasons.dashCompletedOn"
        },
        {
            "With no score on the referral, the checklist's score is the one checked",
            WithReasons(r => r with { DashScore = null, VisibleHighRisk = false, ProfessionalJudgement = true, ProfessionalJudgementConcern = "Fear." }),
            ValidForms.Dash(16),
            "reasons.visibleHighRisk"
        },
    };

    [Theory]
    [MemberData(nameof(AttachedDashContradictions))]
    public void Each_mismatch_with_the_attached_Dash_is_reported(string mismatch, MaracReferral referral, DashChecklist dash, string path)
    {
        Assert.True(referral.Validate(dash, Options).At(path).Any(), mismatch + ": " + referral.Validate(dash, Options));
        Assert.True(ValidForms.Referral().Validate(ValidForms.Dash(), Options).IsValid);
    }

    [Fact]
    public void Every_mismatch_is_reported_at_once()
    {
        var referral = WithReasons(r => r with
        {
            VisibleHighRisk = false,
            ProfessionalJudgement = true,
            ProfessionalJudgementConcern = "Fear.",
            PotentialEscalation = true,
            PoliceIncidentsInPast12Months = 1,
            Repeat = true,
            LastReferralDate = new CalendarDate(2023, 10, 1),
            LatestIncidentDate = new CalendarDate(2026, 10, 20),
        });

        var paths = referral.Validate(ValidForms.Dash(17), Options).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(new[] { "reasons.visibleHighRisk", "reasons.potentialEscalation", "reasons.repeat", "reasons.dashScore", "reasons.dashCompletedOn" }, paths);
    }

    [Fact]
    public void An_area_may_lower_the_visible_high_risk_threshold_but_not_raise_it()
    {
        var lowered = Options with { Criteria = ReferralCriteriaSettings.Default with { VisibleHighRiskThreshold = 12 } };
        var referral = WithReasons(r => r with { DashScore = 12, DashCompletedOn = new CalendarDate(2026, 10, 19) });

        Assert.True(referral.Validate(lowered).IsValid, referral.Validate(lowered).ToString());
        Assert.Equal("reasons.visibleHighRisk", Assert.Single(referral.Validate(Options).Problems).Path);
        var raised = Assert.Throws<ArgumentOutOfRangeException>(() => ReferralCriteriaSettings.Default with { VisibleHighRiskThreshold = 15 });
        Assert.Contains("never raise it above 14", raised.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferralCriteriaSettings.Default with { VisibleHighRiskThreshold = 0 });
    }

    [Fact]
    public void A_Dash_of_14_or_more_with_no_reasonable_grounds_to_refer_is_a_downgrade()
    {
        var downgraded = ValidForms.Dash(14) with { ReasonableGroundsToRefer = false };
        var below = ValidForms.Dash(13) with { ReasonableGroundsToRefer = false };

        var problem = Assert.Single(downgraded.Validate(Options).Problems);
        Assert.Equal("reasonableGroundsToRefer", problem.Path);
        Assert.Contains("never lower", problem.Message, StringComparison.Ordinal);
        Assert.True(below.Validate(Options).IsValid);
        Assert.True((downgraded with { ReasonableGroundsToRefer = true }).Validate(Options).IsValid);
    }
}
