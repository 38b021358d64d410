using Marac.Forms.DataProtection;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Validation;

public class ValidationTests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    [Fact]
    public void The_fixtures_are_valid()
    {
        Assert.Equal("valid", ValidForms.Referral().Validate(Options).ToString());
        Assert.Equal("valid", ValidForms.Dash().Validate(Options).ToString());
        Assert.Equal("valid", ValidForms.Sharing().Validate(Options).ToString());
        Assert.Equal("valid", ValidForms.Disclosure().Validate(Options).ToString());
    }

    [Fact]
    public void An_empty_referral_reports_every_missing_required_field_at_once()
    {
        var report = new MaracReferral().Validate(Options);

        var paths = report.Problems.Select(p => p.Path).ToArray();
        Assert.Contains("referringAgency.name", paths);
        Assert.Contains("referrer.name", paths);
        Assert.Contains("referrer.phone", paths);
        Assert.Contains("referralDate", paths);
        Assert.Contains("victim.name", paths);
        Assert.Contains("perpetrators", paths);
        Assert.Contains("reasons", paths);
        Assert.Contains("victimAwareOfReferral", paths);
        Assert.Contains("consentGiven", paths);
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_reported_with_its_path()
    {
        var referral = ValidForms.Referral();
        referral = referral with { Victim = referral.Victim with { DateOfBirth = DateOfBirth.Exact(new CalendarDate(2999, 1, 1)) } };

        var problem = Assert.Single(referral.Validate(Options).Problems);

        Assert.Equal("victim.dateOfBirth.date", problem.Path);
        Assert.Contains("2999-01-01", problem.Message);
        Assert.Contains("future", problem.Message);
    }

    [Fact]
    public void A_child_who_would_be_an_adult_is_reported_at_the_childs_index()
    {
        var referral = ValidForms.Referral();
        var adult = referral.Children[0] with { DateOfBirth = DateOfBirth.Exact(new CalendarDate(1990, 1, 1)) };
        referral = referral with { Children = ValueList.Of(referral.Children[0], adult) };

        var problem = Assert.Single(referral.Validate(Options).Problems);

        Assert.Equal("children[1].dateOfBirth.date", problem.Path);
        Assert.Contains("36", problem.Message);
    }

    [Fact]
    public void Every_problem_in_a_list_carries_its_own_index()
    {
        var referral = ValidForms.Referral();
        var unnamed = new Child { School = new string('x', 600) };
        referral = referral with { Children = ValueList.Of(referral.Children[0], unnamed, unnamed) };

        var paths = referral.Validate(Options).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(new[] { "children[1].name", "children[1].school", "children[2].name", "children[2].school" }, paths);
    }

    [Fact]
    public void Oversized_text_is_reported_with_its_path_and_length()
    {
        var referral = ValidForms.Referral() with { RiskSummary = new string('a', 1_048_576) };

        var problem = Assert.Single(referral.Validate(Options).Problems);

        Assert.Equal("riskSummary", problem.Path);
        Assert.Contains("1,048,576", problem.Message);
    }

    [Fact]
    public void Professional_judgement_without_a_concern_is_a_problem()
    {
        var referral = ValidForms.Referral();
        referral = referral with { Reasons = referral.Reasons with { ProfessionalJudgement = true } };

        Assert.Equal("reasons.professionalJudgementConcern", Assert.Single(referral.Validate(Options).Problems).Path);
    }

    [Fact]
    public void Visible_high_risk_below_fourteen_is_a_problem()
    {
        var referral = ValidForms.Referral();
        referral = referral with { Reasons = referral.Reasons with { DashScore = 13 } };

        Assert.Equal("reasons.visibleHighRisk", Assert.Single(referral.Validate(Options).Problems).Path);
    }

    [Fact]
    public void No_consent_needs_the_sharing_without_consent_reference()
    {
        var referral = ValidForms.Referral() with { ConsentGiven = false };

        Assert.Equal("sharingWithoutConsentReference", Assert.Single(referral.Validate(Options).Problems).Path);
    }

    [Fact]
    public void A_dash_with_an_unanswered_item_names_that_item()
    {
        var dash = ValidForms.Dash() with { ChildContactConflict = new DashAnswer() };

        var problem = Assert.Single(dash.Validate(Options).Problems);

        Assert.Equal("childContactConflict.response", problem.Path);
        Assert.Contains("Item 7", problem.Message);
    }

    [Fact]
    public void Sub_options_are_only_allowed_on_a_yes()
    {
        var dash = ValidForms.Dash(0) with
        {
            ThreatenedToKillWhom = ValueList.Of(ThreatToKillTarget.Victim),
            HurtOthersWhom = ValueList.Of(HurtOthersTarget.Children),
            AbuserProblemAreas = ValueList.Of(AbuserProblemArea.Alcohol),
            BreachedOrders = ValueList.Of(BreachedOrderKind.Bail),
            CriminalHistoryKinds = ValueList.Of(CriminalHistoryKind.DomesticViolence),
        };

        var paths = dash.Validate(Options).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(new[] { "threatenedToKillWhom", "hurtOthersWhom", "abuserProblemAreas", "breachedOrders", "criminalHistoryKinds" }, paths);
    }

    [Fact]
    public void Sub_options_on_a_yes_are_fine_but_other_needs_details()
    {
        var dash = ValidForms.Dash(24) with { ThreatenedToKillWhom = ValueList.Of(ThreatToKillTarget.Children, ThreatToKillTarget.Other) };

        Assert.Equal("threatenedToKillOtherDetails", Assert.Single(dash.Validate(Options).Problems).Path);
    }

    [Fact]
    public void Sharing_without_a_protocol_or_a_legal_ground_is_a_problem()
    {
        var record = ValidForms.Sharing() with { ProtocolApplies = false, ProtocolDetails = null };

        var problem = Assert.Single(record.Validate(Options).Problems);

        Assert.Equal("legalGrounds", problem.Path);
        Assert.Contains("protocol", problem.Message);
    }

    [Fact]
    public void A_legal_ground_is_an_alternative_to_a_protocol()
    {
        var record = ValidForms.Sharing() with
        {
            ProtocolApplies = false,
            ProtocolDetails = null,
            LegalGroundsApply = true,
            LegalGrounds = ValueList.Of(LegacyLegalGround.ChildProtection),
        };

        Assert.True(record.Validate(Options).IsValid);
    }

    [Fact]
    public void Client_not_notified_needs_a_reason()
    {
        var record = ValidForms.Sharing() with { NotNotifiedReason = " " };

        Assert.Equal("notNotifiedReason", Assert.Single(record.Validate(Options).Problems).Path);
    }

    [Fact]
    public void A_review_date_before_the_decision_is_a_problem()
    {
        var record = ValidForms.Sharing() with { ReviewDate = new CalendarDate(2026, 10, 20) };

        var problem = Assert.Single(record.Validate(Options).Problems);

        Assert.Equal("reviewDate", problem.Path);
        Assert.Contains("before the decision", problem.Message);
    }

    [Fact]
    public void Gender_history_shared_without_a_section_22_exemption_is_a_problem()
    {
        var record = ValidForms.Sharing() with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.GenderHistory) };
        var exempt = record with { CurrentLawBasis = record.CurrentLawBasis with { GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed } };

        var problem = Assert.Single(record.Validate(Options).Problems);

        Assert.Equal("currentLawBasis.genderRecognitionExemption", problem.Path);
        Assert.Contains("s.22", problem.Message);
        Assert.True(exempt.Validate(Options).IsValid);
    }

    [Fact]
    public void Immigration_status_to_an_enforcement_body_is_a_problem_without_marac_agreement()
    {
        var record = ValidForms.Sharing();
        var toEnforcement = record.SharingLog[0] with { Agency = "Immigration enforcement", AgencyKind = AgencyKind.ImmigrationEnforcement, AttendsMarac = false };
        record = record with
        {
            SensitiveDataShared = ValueList.Of(DisclosedDataCategory.ImmigrationStatus),
            SharingLog = ValueList.Of(record.SharingLog[0], toEnforcement),
        };
        var agreed = record with
        {
            CurrentLawBasis = record.CurrentLawBasis with
            {
                ImmigrationEnforcementAgreement = MaracAgreement.Minute("MARAC 2026-10 item 7"),
                ImmigrationEnforcementToProtectVictim = true,
            },
        };

        Assert.Equal("sharingLog[1].agencyKind", Assert.Single(record.Validate(Options).Problems).Path);
        Assert.True(agreed.Validate(Options).IsValid);
    }

    [Fact]
    public void Immigration_status_to_other_agencies_is_not_flagged()
    {
        var record = ValidForms.Sharing() with { SensitiveDataShared = ValueList.Of(DisclosedDataCategory.ImmigrationStatus) };

        Assert.True(record.Validate(Options).IsValid);
    }

    [Fact]
    public void A_disclosure_needs_reasons_extent_and_permitted_use()
    {
        var decision = ValidForms.Disclosure() with { LawfulBasis = new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "Risk to life." } };

        var paths = decision.Validate(Options).Problems.Select(p => p.Path).ToArray();

        Assert.Equal(new[] { "lawfulBasis.extent", "lawfulBasis.permittedUse" }, paths);
    }

    [Fact]
    public void A_decision_not_to_share_is_recorded_with_its_reasons()
    {
        var decision = ValidForms.Disclosure() with { Outcome = DisclosureOutcome.DoNotShare, Method = null, LawfulBasis = null, OnwardSharingConditions = null };
        var withReason = decision with { ReasonsNotShared = "The request was not necessary for the victim's safety." };

        Assert.Equal("reasonsNotShared", Assert.Single(decision.Validate(Options).Problems).Path);
        Assert.True(withReason.Validate(Options).IsValid);
    }

    [Fact]
    public void Validation_uses_the_supplied_today()
    {
        var referral = ValidForms.Referral();

        var early = referral.Validate(Options with { Today = new CalendarDate(2026, 10, 1) });

        Assert.Contains(early.Problems, p => p.Path == "referralDate" && p.Message.Contains("future"));
    }
}
