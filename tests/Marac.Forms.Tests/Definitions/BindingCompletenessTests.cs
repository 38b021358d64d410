using Marac.Forms.Definitions;

namespace Marac.Forms.Tests.Definitions;

/// <summary>
/// A record member that no definition shows would vanish from the printed form. These tests prove that
/// every member of every record is bound by its built-in definition (and, because loading resolves
/// every binding, that every binding names a real member).
/// </summary>
public sealed class BindingCompletenessTests
{
    public static TheoryData<string> FormIds => new() { "marac-referral", "dash-checklist", "sharing-without-consent", "disclosure-decision" };

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Every_record_member_is_bound_by_the_built_in_definition(string formId)
    {
        var definition = FormDefinitions.Find(formId)!;

        Assert.Empty(definition.FindUnboundMembers());
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void Every_record_member_stays_bound_with_the_Scottish_overlay(string formId)
    {
        var definition = FormDefinitions.Find(formId)!.WithOverlay(FormOverlays.Scotland);

        Assert.Empty(definition.FindUnboundMembers());
    }

    [Fact]
    public void A_definition_that_leaves_out_a_member_is_caught()
    {
        const string json = """
            { "format": 1, "id": "partial", "name": "Partial", "version": "1", "record": "disclosure-decision",
              "sections": [ { "id": "s", "heading": "S", "items": [ { "kind": "singleLine", "bind": "caseReference", "label": "Ref" } ] } ] }
            """;
        var definition = FormDefinitionLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "partial.json");

        var unbound = definition.FindUnboundMembers();

        Assert.Contains("outcome", unbound);
        Assert.Contains("lawfulBasis.reasons", unbound);
        Assert.Contains("decidedBy.name", unbound);
        Assert.DoesNotContain("caseReference", unbound);
    }

    [Fact]
    public void The_Dash_definition_has_the_24_items_in_the_published_order()
    {
        var document = Marac.Forms.Documents.FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist);
        var questions = document.Sections.Single(s => s.Id == "questions").Blocks.OfType<Marac.Forms.Documents.QuestionGridBlock>().Single().Rows;

        Assert.Equal(24, questions.Count);
        for (var i = 0; i < DashItems.All.Count; i++)
        {
            var item = DashItems.All[i];
            Assert.Equal(item.Number + ".", questions[i].Number);
            var response = questions[i].Response;
            Assert.Equal(item.JsonName + ".response", response.Binding);
        }
    }
}
