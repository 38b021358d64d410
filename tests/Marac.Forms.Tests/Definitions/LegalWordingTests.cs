using System.Text;
using System.Text.RegularExpressions;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Definitions;

/// <summary>
/// What the forms print about the law: the marking, the source named beside every statement of law, the options
/// an area offers, and the sections a decision not to share leaves out.
/// </summary>
public sealed class LegalWordingTests
{
    private static readonly Regex Provision = new(@"Article \d|Art(icle)? ?\d|\d\(\d\)|[Ss]ection \d|s\.\d|Schedule \d|[Pp]aragraph \d|Part \d|Annex 1|Act (19|20)\d\d|SI 2005|SafeLives", RegexOptions.CultureInvariant);

    private static readonly string[] LawfulBasisMembers =
    {
        "regime", "article6", "annex1", "article9", "schedule1", "article10", "section35", "schedule8", "appropriatePolicyDocument", "genderRecognitionExemption",
    };

    private static IEnumerable<DocumentBlock> AllBlocks(FormDocument document) => document.Sections.SelectMany(s => s.Blocks).SelectMany(Flatten);

    private static IEnumerable<DocumentBlock> Flatten(DocumentBlock block) => block switch
    {
        GroupBlock group => group.Blocks.SelectMany(Flatten),
        QuestionGridBlock grid => grid.Rows.SelectMany(r => r.Blocks).SelectMany(Flatten),
        FieldRowBlock row => row.Inputs.SelectMany(Flatten),
        _ => new[] { block },
    };

    private static IEnumerable<ChoiceBlock> Choices(FormDocument document) => AllBlocks(document).OfType<ChoiceBlock>();

    /// <summary>Every choice item of a definition with its options' full labels, as a completed form prints them.</summary>
    private static Dictionary<string, Marac.Forms.Definitions.Model.FormItem> ChoiceItems(FormDefinition definition) =>
        definition.Sections.SelectMany(s => Flatten(s.Items)).Where(i => i.Binding is not null && i.Options.Count > 0).ToDictionary(i => i.Binding!);

    private static IEnumerable<Marac.Forms.Definitions.Model.FormItem> Flatten(IEnumerable<Marac.Forms.Definitions.Model.FormItem> items) =>
        items.SelectMany(i => new[] { i }.Concat(Flatten(i.Items)));

    [Fact]
    public void Every_built_in_form_is_marked_official_sensitive_and_an_area_may_keep_the_old_marking()
    {
        Assert.All(FormDefinitions.All, definition => Assert.Equal(FormMarkings.OfficialSensitive, definition.Marking));

        var restricted = FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral, new FormDocumentOptions { Marking = FormMarkings.RestrictedWhenComplete });
        var overlay = FormDefinitionLoader.LoadOverlay(Encoding.UTF8.GetBytes("""{ "format": 1, "id": "old", "name": "Old scheme", "version": "1", "marking": "RESTRICTED WHEN COMPLETE" }"""), "old.json");

        Assert.Equal("RESTRICTED WHEN COMPLETE", restricted.Marking);
        Assert.Equal("RESTRICTED WHEN COMPLETE", FormDefinitions.DashChecklist.WithOverlay(overlay).Marking);
    }

    [Fact]
    public void Every_lawful_basis_field_names_its_source()
    {
        foreach (var definition in new[] { FormDefinitions.SharingWithoutConsent, FormDefinitions.DisclosureDecision })
        {
            var fields = AllBlocks(FormDocumentBuilder.BuildBlank(definition))
                .Select(block => block switch
                {
                    ChoiceBlock c => (c.Binding, Text: c.Label + " " + c.Help),
                    FieldBlock f => (f.Binding, Text: f.Label + " " + f.Help),
                    _ => (Binding: string.Empty, Text: string.Empty),
                })
                .Where(f => LawfulBasisMembers.Contains(f.Binding.Split('.').Last()))
                .ToArray();

            Assert.Equal(LawfulBasisMembers.Length, fields.Length);
            Assert.All(fields, field => Assert.Matches(Provision, field.Text));
        }
    }

    [Fact]
    public void Every_option_that_states_law_names_its_article_or_paragraph()
    {
        // The full labels, as a completed form prints them (the blank one ticks codes explained in the help).
        var options = ChoiceItems(FormDefinitions.DisclosureDecision)
            .Where(c => c.Key.StartsWith("lawfulBasis.", StringComparison.Ordinal) && c.Key != "lawfulBasis.regime")
            .SelectMany(c => c.Value.Options)
            .Where(o => o.Value is not ("none" or "true" or "false"))
            .ToArray();

        Assert.NotEmpty(options);
        Assert.All(options, option => Assert.Matches(@"\d", option.Label));
    }

    [Fact]
    public void The_labels_state_the_law_as_corrected()
    {
        var labels = ChoiceItems(FormDefinitions.DisclosureDecision).Values.SelectMany(c => c.Options).Select(o => o.Label).ToArray();

        Assert.Contains("Part 2, paragraph 11: protecting the public against dishonesty etc", labels);
        Assert.DoesNotContain(labels, label => label.EndsWith("Paragraph 11: protecting the public", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.StartsWith("6(1)(ea)", StringComparison.Ordinal) && label.Contains("not for public bodies", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.StartsWith("To a health professional, for medical purposes", StringComparison.Ordinal) && label.Contains("SI 2005/916", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, label => label.Contains("by a health professional", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.StartsWith("Section 22(4)(c)", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.Contains("legal advice", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.StartsWith("Section 22(4)(f)", StringComparison.Ordinal) && label.Contains("may not cover safeguarding", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, label => label.Contains("must not be disclosed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_form_ticks_codes_for_the_long_lists_of_conditions_and_explains_every_code_once()
    {
        foreach (var definition in new[] { FormDefinitions.SharingWithoutConsent, FormDefinitions.DisclosureDecision })
        {
            var blank = Choices(FormDocumentBuilder.BuildBlank(definition)).ToList();
            var items = ChoiceItems(definition);
            var coded = blank.Where(c => c.OptionsRunOn).ToList();

            Assert.Contains(coded, c => c.Binding.EndsWith(".article6", StringComparison.Ordinal));
            Assert.Contains(coded, c => c.Binding.EndsWith(".schedule1", StringComparison.Ordinal));
            foreach (var choice in coded)
            {
                var full = items[choice.Binding];
                Assert.Equal(full.Options.Select(o => o.Value), choice.Options.Select(o => o.Value));
                Assert.All(choice.Options, o => Assert.True(o.Label.Length <= 12, choice.Binding + ": '" + o.Label + "' is not a short code"));
                var key = blank.First(c => c.OptionsRunOn && c.Options.Select(o => o.Value).SequenceEqual(choice.Options.Select(o => o.Value)) && c.Help!.Contains("Tick one code:", StringComparison.Ordinal)).Help!;
                Assert.All(full.Options.Where(o => o.Value != "none"), o => Assert.Contains(o.Label, key, StringComparison.Ordinal));
            }

            var article10 = coded.Single(c => c.Binding.EndsWith(".article10", StringComparison.Ordinal));
            Assert.Contains("the codes are those of \u201cCondition that completes it", article10.Help, StringComparison.Ordinal);
            Assert.DoesNotContain(coded, c => c.Binding.EndsWith(".section35", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_decision_not_to_share_prints_its_reasons_and_no_lawful_basis_section()
    {
        var notShared = new DisclosureDecision
        {
            Outcome = DisclosureOutcome.DoNotShare,
            ReasonsNotShared = "Not necessary for the landlord's purpose.",
        };
        var shared = notShared with { Outcome = DisclosureOutcome.Share, ReasonsNotShared = null, LawfulBasis = LawfulBasis.For(Article6Basis.PublicTask, "r", "e", "u") };

        var notSharedDocument = FormDocumentBuilder.Build(notShared);
        var reasons = AllBlocks(notSharedDocument).OfType<FieldBlock>().Single(f => f.Binding == "reasonsNotShared");

        Assert.Equal("Not necessary for the landlord's purpose.", reasons.Value);
        Assert.DoesNotContain(notSharedDocument.Sections, s => s.Id == "basis");
        Assert.DoesNotContain(AllBlocks(notSharedDocument).OfType<ChoiceBlock>().SelectMany(c => c.Options), o => o.IsSelected && o.Label.StartsWith("None", StringComparison.Ordinal));
        Assert.Contains(FormDocumentBuilder.Build(shared).Sections, s => s.Id == "basis");
        Assert.Contains(FormDocumentBuilder.BuildBlank(FormDefinitions.DisclosureDecision).Sections, s => s.Id == "basis");
        Assert.Contains(FormDocumentBuilder.Build(new DisclosureDecision()).Sections, s => s.Id == "basis");
    }

    [Fact]
    public void A_decision_not_to_share_that_still_holds_a_basis_prints_it_so_nothing_is_lost()
    {
        var contradictory = new DisclosureDecision { Outcome = DisclosureOutcome.DoNotShare, OnwardSharingConditions = "Housing team only." };

        var section = Assert.Single(FormDocumentBuilder.Build(contradictory).Sections, s => s.Id == "basis");

        Assert.Contains(section.Blocks.OfType<FieldBlock>(), f => f.Value == "Housing team only.");
    }

    [Fact]
    public void The_national_Dash_offers_the_orders_of_England_and_Wales_and_the_Scottish_overlay_replaces_them()
    {
        static string[] Offered(FormDefinition definition) =>
            Choices(FormDocumentBuilder.BuildBlank(definition)).Single(c => c.Binding == "breachedOrders").Options.Select(o => o.Value).ToArray();

        var national = Offered(FormDefinitions.DashChecklist);
        var scottish = Offered(FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland));

        Assert.Contains("domesticAbuseProtectionNoticeOrOrder", national);
        Assert.Contains("stalkingProtectionOrder", national);
        Assert.DoesNotContain("interdict", national);
        Assert.Contains("interdict", scottish);
        Assert.Contains("nonHarassmentOrder", scottish);
        Assert.Contains("exclusionOrder", scottish);
        Assert.DoesNotContain("nonMolestationOrOccupationOrder", scottish);
        Assert.DoesNotContain("domesticAbuseProtectionNoticeOrOrder", scottish);
    }

    [Fact]
    public void An_order_another_area_offers_still_prints_when_the_record_holds_it()
    {
        var dash = new DashChecklist { BreachOfOrders = DashAnswer.Yes(), BreachedOrders = ValueList.Of(BreachedOrderKind.Interdict) };

        var question = Choices(FormDocumentBuilder.Build(dash)).Single(c => c.Binding == "breachedOrders");

        var interdict = Assert.Single(question.Options, o => o.Value == "interdict");
        Assert.True(interdict.IsSelected);
        Assert.Equal("Interdict (Scotland)", interdict.Label);
    }

    [Fact]
    public void An_overlay_that_replaces_options_must_still_cover_every_value()
    {
        var overlay = FormDefinitionLoader.LoadOverlay(Encoding.UTF8.GetBytes("""
            { "format": 1, "id": "short", "name": "Short", "version": "1",
              "forms": { "dash-checklist": { "options": { "breachedOrders": [ { "value": "bail", "label": "Bail" } ] } } } }
            """), "short.json");

        var error = Assert.Throws<FormDefinitionException>(() => FormDefinitions.DashChecklist.WithOverlay(overlay));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("interdict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_referral_does_not_offer_immigration_enforcement_as_a_referrer_but_prints_it_if_held()
    {
        var blank = Choices(FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral)).Single(c => c.Binding == "referringAgency.kind");
        var held = Choices(FormDocumentBuilder.Build(new MaracReferral { ReferringAgency = new Agency { Kind = AgencyKind.ImmigrationEnforcement } })).Single(c => c.Binding == "referringAgency.kind");

        Assert.DoesNotContain(blank.Options, o => o.Value == "immigrationEnforcement");
        Assert.True(Assert.Single(held.Options, o => o.Value == "immigrationEnforcement").IsSelected);
    }

    [Fact]
    public void The_Scottish_child_protection_questions_are_local_questions_not_the_DAQ()
    {
        var document = FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland));

        Assert.Contains("local child-protection questions", document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(AllBlocks(document).OfType<ChoiceBlock>(), c => c.Binding.Contains("daq", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Question_4_asks_about_the_abusers_isolating_behaviour()
    {
        var question = Choices(FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist)).Single(c => c.Binding == "isolated.response");

        Assert.Contains("abuser try to stop the victim seeing", question.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_may_lower_the_visible_high_risk_threshold_and_the_referral_says_so_but_not_raise_it()
    {
        static FormOverlay Threshold(int value) => FormDefinitionLoader.LoadOverlay(
            Encoding.UTF8.GetBytes("{ \"format\": 1, \"id\": \"t\", \"name\": \"T\", \"version\": \"1\", \"settings\": { \"visibleHighRiskThreshold\": " + value + " } }"), "t.json");

        var lowered = FormDefinitions.MaracReferral.WithOverlay(Threshold(12));
        var label = Choices(FormDocumentBuilder.BuildBlank(lowered)).Single(c => c.Binding == "reasons.visibleHighRisk").Label;

        Assert.Equal(12, lowered.CriteriaSettings.VisibleHighRiskThreshold);
        Assert.StartsWith("Visible high risk: 12 or more", label, StringComparison.Ordinal);
        var raised = Assert.Throws<FormDefinitionException>(() => Threshold(15));
        Assert.Contains("not raise it above 14", raised.Message, StringComparison.Ordinal);
    }
}
