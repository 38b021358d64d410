using System.Text;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>Paths are written the way validation writes them, and can be found from a byte position alone.</summary>
public sealed class JsonPathTests
{
    [Theory]
    [InlineData("\"school\"", "children[1].school")]
    [InlineData("\"Masha\"", "children[1].name.aliases[1]")]
    [InlineData("\"exact\"", "children[1].dateOfBirth.accuracy")]
    [InlineData("\"visibleHighRisk\"", "reasons.visibleHighRisk")]
    public void The_path_of_the_token_ending_at_a_position_is_found_by_reading_up_to_it(string token, string expected)
    {
        const string json = """
            { "children": [ { "school": "a" }, { "name": { "aliases": ["Маша", "Masha"] }, "dateOfBirth": { "accuracy": "exact", "date": "2019-02-28" }, "school": 5 } ],
              "reasons": { "visibleHighRisk": true } }
            """;
        var bytes = Encoding.UTF8.GetBytes(json);
        var tokenStart = Encoding.UTF8.GetByteCount(json.Substring(0, json.LastIndexOf(token, StringComparison.Ordinal)));
        var tokenEnd = tokenStart + Encoding.UTF8.GetByteCount(token);

        Assert.Equal(expected, JsonSyntaxCheck.PathAt(bytes, tokenEnd));
    }

    [Fact]
    public void Member_names_that_are_not_plain_are_written_in_brackets()
    {
        var path = new JsonPathStack();
        path.EnterObject();
        path.SetMember("victim");
        path.EnterObject();
        path.SetMember("given names");
        Assert.Equal("victim[\"given names\"]", path.ToString());

        path.SetMember("say \"hi\"");
        Assert.Equal("victim[\"say \\\"hi\\\"\"]", path.ToString());
    }

    [Theory]
    [InlineData("", "reasons", "reasons")]
    [InlineData("lawfulBasis", "", "lawfulBasis")]
    [InlineData("lawfulBasis", "reasons", "lawfulBasis.reasons")]
    [InlineData("aliases", "[2]", "aliases[2]")]
    public void Paths_combine_like_validation_paths(string prefix, string relative, string expected)
    {
        Assert.Equal(expected, JsonPathStack.Combine(prefix, relative));
    }
}
