using System.Text;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Definitions;

/// <summary>Local variants as data: the Scottish overlay, and overlays that do not fit a form.</summary>
public sealed class OverlayTests
{
    private static IEnumerable<DocumentBlock> AllBlocks(FormDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(Flatten);

    private static IEnumerable<DocumentBlock> Flatten(DocumentBlock block) => block switch
    {
        GroupBlock group => new[] { block }.Concat(group.Blocks.SelectMany(Flatten)),
        QuestionGridBlock grid => new[] { block }.Concat(grid.Rows.SelectMany(r => r.Blocks).SelectMany(Flatten)),
        FieldRowBlock row => new[] { block }.Concat(row.Inputs.SelectMany(Flatten)),
        _ => new[] { block },
    };

    [Fact]
    public void The_Scottish_overlay_changes_the_marking_the_advocate_term_and_the_version()
    {
        var scottish = FormDefinitions.MaracReferral.WithOverlay(FormOverlays.Scotland);
        var document = FormDocumentBuilder.BuildBlank(scottish);
        var labels = AllBlocks(document).OfType<ChoiceBlock>().Select(c => c.Label).ToList();

        Assert.Equal(FormMarkings.OfficialSensitive, document.Marking);
        Assert.Contains("Has a referral to an IDAA been made?", labels);
        Assert.DoesNotContain(labels, label => label.Contains("IDVA", StringComparison.Ordinal));
        Assert.Equal("1.0; Scotland 1.1", scottish.Version);
        Assert.Equal(FormMarkings.OfficialSensitive, FormDocumentBuilder.BuildBlank(FormDefinitions.MaracReferral).Marking);
    }

    [Fact]
    public void The_Scottish_overlay_adds_three_child_protection_questions_marked_as_local_wording()
    {
        var document = FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland));
        var questions = document.Sections.Single(s => s.Id == "questions").Blocks.OfType<QuestionGridBlock>().SelectMany(g => g.Rows).ToList();
        var local = questions.Skip(24).ToList();

        Assert.Equal(27, questions.Count);
        Assert.Equal(new[] { "C1.", "C2.", "C3." }, local.Select(q => q.Number));
        Assert.All(local, question =>
        {
            var note = Assert.IsType<TextBlock>(question.Details[0]);
            Assert.Contains("Local wording (Scotland)", note.Text, StringComparison.Ordinal);
            Assert.StartsWith("localItems[+itemId=local-child-", question.Response.Binding, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_national_Dash_form_shows_answers_to_local_questions_it_does_not_know()
    {
        var dash = new DashChecklist { LocalItems = ValueList.Of(new LocalDashAnswer { ItemId = "fife-extra-1", Answer = DashAnswer.Yes("Seen at school") }) };

        var document = FormDocumentBuilder.Build(dash);
        var fields = AllBlocks(document).OfType<FieldBlock>().ToList();

        Assert.Contains(fields, f => f.Binding == "localItems[0].itemId" && f.Value == "fife-extra-1");
        Assert.Contains(fields, f => f.Binding == "localItems[0].answer.comment" && f.Value == "Seen at school");
    }

    [Fact]
    public void The_escalation_threshold_of_an_area_reaches_the_form_and_the_criteria()
    {
        var overlay = FormDefinitionLoader.LoadOverlay(new MemoryStream(Encoding.UTF8.GetBytes("""
            { "format": 1, "id": "five", "name": "Fiveshire", "version": "2", "settings": { "escalationThreshold": 5, "areaName": "the Fiveshire MARAC" } }
            """)), "fiveshire.json");

        var definition = FormDefinitions.MaracReferral.WithOverlay(overlay);
        var document = FormDocumentBuilder.BuildBlank(definition);

        Assert.Equal(5, definition.CriteriaSettings.EscalationThreshold);
        Assert.Contains(AllBlocks(document).OfType<ChoiceBlock>(), c => c.Label.StartsWith("Potential escalation: 5 or more", StringComparison.Ordinal));
        Assert.Contains(AllBlocks(document).OfType<TextBlock>(), t => t.Text.Contains("the Fiveshire MARAC", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlay_that_binds_a_member_twice_fails_naming_the_overlay_file()
    {
        var overlay = FormDefinitionLoader.LoadOverlay(new MemoryStream(Encoding.UTF8.GetBytes("""
            { "format": 1, "id": "bad", "name": "Bad", "version": "1",
              "forms": { "marac-referral": { "add": [ { "section": "risk", "items": [
                { "kind": "singleLine", "bind": "riskSummary", "label": "Again" } ] } ] } } }
            """)), "bad-overlay.json");

        var error = Assert.Throws<FormDefinitionException>(() => FormDefinitions.MaracReferral.WithOverlay(overlay));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("bad-overlay.json", problem.Source);
        Assert.Equal(3, problem.Line);
        Assert.Contains("duplicated field: 'riskSummary'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_that_names_a_missing_section_fails()
    {
        var overlay = FormDefinitionLoader.LoadOverlay(new MemoryStream(Encoding.UTF8.GetBytes("""
            { "format": 1, "id": "bad", "name": "Bad", "version": "1",
              "forms": { "dash-checklist": { "add": [ { "section": "nowhere", "items": [ { "kind": "note", "text": "Hello" } ] } ] } } }
            """)), "bad-overlay.json");

        var error = Assert.Throws<FormDefinitionException>(() => FormDefinitions.DashChecklist.WithOverlay(overlay));

        Assert.Contains("has no section 'nowhere'", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }
}
