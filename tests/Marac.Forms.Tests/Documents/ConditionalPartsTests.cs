using System.Text;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Documents;

/// <summary>
/// Groups printed only for some answers: a completed form leaves out the conditions of the regime a basis is not
/// under, and the gender-history and immigration blocks when neither is shared, but only when they hold nothing.
/// </summary>
public sealed class ConditionalPartsTests
{
    private static readonly LawfulBasis PoliceBasis = LawfulBasis.ForLawEnforcement(
        LawEnforcementBasis.NecessaryForLawEnforcementTask,
        "The risk to the children is high.",
        "The bail conditions only.",
        "Planning home visits.") with { Schedule8 = Schedule8Condition.StatutoryPurposes };

    private static readonly LawfulBasis CouncilBasis = LawfulBasis.For(
        Article6Basis.PublicTask,
        "The risk to the victim is high.",
        "The safety plan only.",
        "Safeguarding the victim.");

    private static IReadOnlyList<string> Bindings(FormDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(Inputs).ToList();

    private static IEnumerable<string> Inputs(DocumentBlock block) => block switch
    {
        GroupBlock group => group.Blocks.SelectMany(Inputs),
        FieldRowBlock row => row.Inputs.SelectMany(Inputs),
        FieldBlock field => new[] { field.Binding },
        ChoiceBlock choice => new[] { choice.Binding },
        _ => Array.Empty<string>(),
    };

    private static FormDocument Disclosure(LawfulBasis basis, params DisclosedDataCategory[] shared) =>
        FormDocumentBuilder.Build(new DisclosureDecision
        {
            Outcome = DisclosureOutcome.Share,
            LawfulBasis = basis,
            SensitiveDataShared = ValueList.Of(shared),
        });

    [Fact]
    public void A_basis_under_Part_3_prints_its_section_35_and_Schedule_8_and_no_UK_GDPR_conditions()
    {
        var printed = Bindings(Disclosure(PoliceBasis));

        Assert.Contains("lawfulBasis.section35", printed);
        Assert.Contains("lawfulBasis.schedule8", printed);
        Assert.Contains("lawfulBasis.appropriatePolicyDocument", printed);
        Assert.DoesNotContain("lawfulBasis.article6", printed);
        Assert.DoesNotContain("lawfulBasis.annex1", printed);
        Assert.DoesNotContain("lawfulBasis.article10", printed);
    }

    [Fact]
    public void A_UK_GDPR_basis_prints_its_conditions_and_no_Part_3_ones()
    {
        var printed = Bindings(Disclosure(CouncilBasis));

        Assert.Contains("lawfulBasis.article6", printed);
        Assert.Contains("lawfulBasis.article9", printed);
        Assert.DoesNotContain("lawfulBasis.section35", printed);
        Assert.DoesNotContain("lawfulBasis.schedule8", printed);
    }

    [Fact]
    public void A_condition_recorded_under_the_other_regime_is_printed_so_nothing_the_record_holds_is_hidden()
    {
        var mixed = PoliceBasis with { Article9 = Article9Condition.SubstantialPublicInterest };

        Assert.Contains("lawfulBasis.article9", Bindings(Disclosure(mixed)));
    }

    [Fact]
    public void Gender_history_and_immigration_blocks_are_printed_when_that_information_is_shared_or_recorded()
    {
        var neither = Bindings(Disclosure(PoliceBasis));
        var immigration = Bindings(Disclosure(PoliceBasis, DisclosedDataCategory.ImmigrationStatus));
        var genderHistory = Bindings(Disclosure(PoliceBasis, DisclosedDataCategory.GenderHistory));
        var agreed = Bindings(Disclosure(PoliceBasis with { ImmigrationSharingAgreement = new MaracAgreement { MinuteReference = "MARAC/EX/2026/11 item 4" } }));

        Assert.DoesNotContain("lawfulBasis.genderRecognitionExemption", neither);
        Assert.DoesNotContain("lawfulBasis.immigrationSharingAgreement.minuteReference", neither);
        Assert.Contains("lawfulBasis.immigrationSharingAgreement.minuteReference", immigration);
        Assert.DoesNotContain("lawfulBasis.genderRecognitionExemption", immigration);
        Assert.Contains("lawfulBasis.genderRecognitionExemption", genderHistory);
        Assert.Contains("lawfulBasis.immigrationSharingAgreement.minuteReference", agreed);
    }

    [Fact]
    public void The_blank_form_prints_every_condition_and_a_form_without_a_basis_both_regimes()
    {
        var blank = Bindings(FormDocumentBuilder.BuildBlank(FormDefinitions.DisclosureDecision));
        var undecided = Bindings(FormDocumentBuilder.Build(new DisclosureDecision { Outcome = DisclosureOutcome.Share }));

        foreach (var binding in new[] { "lawfulBasis.article6", "lawfulBasis.section35", "lawfulBasis.genderRecognitionExemption", "lawfulBasis.immigrationEnforcementToProtectVictim" })
        {
            Assert.Contains(binding, blank);
        }

        Assert.Contains("lawfulBasis.article6", undecided);
        Assert.Contains("lawfulBasis.section35", undecided);
    }

    [Fact]
    public void The_sharing_record_follows_the_same_rules()
    {
        var record = new SharingWithoutConsentRecord { CurrentLawBasis = PoliceBasis };
        var printed = Bindings(FormDocumentBuilder.Build(record));

        Assert.Contains("currentLawBasis.section35", printed);
        Assert.DoesNotContain("currentLawBasis.article6", printed);
        Assert.DoesNotContain("currentLawBasis.immigrationEnforcementToProtectVictim", printed);
    }

    [Fact]
    public void A_group_condition_inside_a_repeat_or_naming_an_unknown_value_is_refused()
    {
        static FormDefinitionException LoadFails(string items) =>
            Assert.Throws<FormDefinitionException>(() => FormDefinitionLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(
                "{ \"format\": 1, \"id\": \"test\", \"name\": \"Test form\", \"version\": \"1\", \"record\": \"disclosure-decision\",\n" +
                "  \"sections\": [ { \"id\": \"only\", \"heading\": \"Only\", \"items\": [\n" + items + "\n  ] } ] }\n")), "local/disclosure.json"));

        var unknown = LoadFails(
            "{ \"kind\": \"group\", \"printWhen\": { \"bind\": \"sensitiveDataShared\", \"values\": [ \"passport\" ] }, \"items\": [\n" +
            "  { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" } ] }");
        Assert.Contains(unknown.Problems, p => p.Message.Contains("'passport' is not a value of 'sensitiveDataShared'", StringComparison.Ordinal) && p.Line == 3);

        var notAChoice = LoadFails(
            "{ \"kind\": \"group\", \"printWhen\": { \"bind\": \"caseReference\", \"values\": [ \"x\" ] }, \"items\": [\n" +
            "  { \"kind\": \"singleLine\", \"bind\": \"recipientPerson\", \"label\": \"Person\" } ] }");
        Assert.Contains(notAChoice.Problems, p => p.Message.Contains("printWhen names a choice, a tick list or a yes/no member", StringComparison.Ordinal));
    }
}
