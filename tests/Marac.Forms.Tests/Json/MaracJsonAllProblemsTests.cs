using System.Text.Json.Nodes;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// A file with several mistakes is reported in one go: every problem in the envelope, the lawful basis and the form,
/// in file order, each with its path, line and column, so an integrator fixes them all in one round.
/// </summary>
public sealed class MaracJsonAllProblemsTests
{
    private static readonly string BadInput = Path.Combine(AppContext.BaseDirectory, "Json", "BadInput");

    [Fact]
    public void Every_problem_in_the_basis_and_the_form_is_reported_in_file_order()
    {
        var json = File.ReadAllText(Path.Combine(BadInput, "several-problems.json"));

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.Read<MaracReferral>(json, "several.json"));

        Assert.Equal(
            new[] { "lawfulBasis.extent", "lawfulBasis.permittedUse", "victim.gender", "children[0].dateOfBirth.date", "children[1].shoeSize", "reasons.dashScore" },
            ex.Problems.Select(p => p.Path));
        Assert.Equal(new int?[] { 4, 4, 12, 17, 21, 24 }, ex.Problems.Select(p => p.Line));
        Assert.Contains("names are case-sensitive", ex.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("a real date", ex.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("\"shoeSize\" is not a member of Child", ex.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Equal("expected a whole number, not text", ex.Problems[5].Reason);
    }

    [Fact]
    public void The_message_has_one_line_per_problem_and_the_first_problem_is_also_the_exceptions_own()
    {
        var json = File.ReadAllText(Path.Combine(BadInput, "several-problems.json"));

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.Read<MaracReferral>(json, "several.json"));

        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal(ex.Problems.Count, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("several.json: line ", line, StringComparison.Ordinal));
        Assert.Equal("several.json: line 12, column 17, at victim.gender: " + ex.Problems[2].Reason, lines[2]);
        Assert.Equal(ex.Problems[0].Path, ex.Path);
        Assert.Equal(ex.Problems[0].Line, ex.Line);
        Assert.Equal(ex.Problems[0].Reason, ex.Reason);
        Assert.DoesNotContain("Aroha", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Envelope_problems_are_reported_together_with_the_forms()
    {
        var json = """
            {
              "formType": "dash-checklist",
              "createdBy": "someone",
              "lawfulBasis": { "article6": "publicTask", "reasons": "r", "extent": "e", "permittedUse": "u" },
              "form": { "completedOn": "2026-13-01" }
            }
            """;

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal(new[] { "createdBy", "formVersion", "completedOn" }, ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void A_syntax_error_ends_reading_and_is_reported_alone()
    {
        var json = File.ReadAllText(Path.Combine(BadInput, "several-problems.json")).Replace("\"formVersion\": \"1.0\",", "\"formVersion\": \"1.0\"", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.Read<MaracReferral>(json));

        var only = Assert.Single(ex.Problems);
        Assert.Contains("not well formed", only.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_stops_after_a_hundred_problems_and_says_so()
    {
        var items = string.Join(",", Enumerable.Range(0, 150).Select(_ => "\"nobody\""));
        var json = "{\"formType\":\"dash-checklist\",\"formVersion\":\"1.0\",\"lawfulBasis\":{\"article6\":\"publicTask\",\"reasons\":\"r\",\"extent\":\"e\",\"permittedUse\":\"u\"},\"form\":{\"threatenedToKillWhom\":[" + items + "]}}";

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal(101, ex.Problems.Count);
        Assert.Equal("threatenedToKillWhom[99]", ex.Problems[99].Path);
        Assert.Equal("reading stopped after 100 problems; there may be more", ex.Problems[100].Reason);
    }

    [Fact]
    public void A_node_with_several_problems_reports_them_all_without_positions()
    {
        var node = new JsonObject
        {
            ["completedOn"] = "2026-02-30",
            ["victimNameOrCode"] = 42,
        };

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.DeserializeForm<DashChecklist>(node));

        Assert.Equal(new[] { "completedOn", "victimNameOrCode" }, ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Null(p.Line));
    }

    [Fact]
    public async Task Reading_a_stream_asynchronously_reports_every_problem_too()
    {
        var bytes = File.ReadAllBytes(Path.Combine(BadInput, "several-problems.json"));

        var ex = await Assert.ThrowsAsync<MaracFormatException>(() => MaracJson.ReadAnyAsync(new Marac.Forms.TestData.Streams.AsyncOnlyStream(bytes)));

        Assert.Equal(6, ex.Problems.Count);
        Assert.IsAssignableFrom<MaracFormsException>(ex);
    }
}
