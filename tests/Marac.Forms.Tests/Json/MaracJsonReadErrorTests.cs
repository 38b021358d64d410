using System.Text;
using System.Text.Json.Nodes;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// Bad input gives one exception type naming the file, line, column, path and what was expected. The files are in
/// Json/BadInput; each differs from valid-referral.json (or a sample) in one place, and the expected line and
/// column point at that place.
/// </summary>
public sealed class MaracJsonReadErrorTests
{
    private static readonly string BadInput = Path.Combine(AppContext.BaseDirectory, "Json", "BadInput");

    private static readonly ValidationOptions Today = new() { Today = new CalendarDate(2026, 11, 1) };

    [Theory]
    [InlineData("malformed-missing-comma.json", "children[0].dateOfBirth", 21, 9, "'\"' is invalid after a value")]
    [InlineData("truncated.json", "children[1].name.aliases[0]", 24, 57, "the JSON ends too soon")]
    [InlineData("trailing-comma.json", "reasons.dashScore", 29, 60, "trailing commas are not allowed")]
    [InlineData("comment.json", "form", 11, 5, "comments are not allowed")]
    [InlineData("text-after-the-end.json", "", 32, 1, "there is more after the end")]
    [InlineData("not-an-object.json", "", 1, 1, "expected a Marac.Forms file: an object with \"formType\", \"formVersion\", \"lawfulBasis\" and \"form\", not a list")]
    [InlineData("invalid-utf8.json", "children[0].school", 21, 30, "not valid UTF-8")]
    [InlineData("wrong-type-number-for-text.json", "children[1].school", 26, 19, "expected text in double quotes, not a number")]
    [InlineData("wrong-type-text-for-number.json", "reasons.dashScore", 29, 56, "expected a whole number, not text")]
    [InlineData("wrong-type-object-for-list.json", "children[1].name.aliases", 24, 53, "expected a list in square brackets [ ], not an object")]
    [InlineData("wrong-type-in-nested-list.json", "children[1].name.aliases[1]", 24, 62, "expected text in double quotes, not a number")]
    [InlineData("text-after-greek-on-same-line.json", "victim.name.familyName", 13, 54, "expected text in double quotes, not true or false")]
    [InlineData("unknown-enum-value.json", "victim.gender", 15, 17, "expected one of \"female\", \"male\", \"nonBinary\", \"other\" or \"notKnown\"")]
    [InlineData("enum-in-other-casing.json", "victim.gender", 15, 17, "(names are case-sensitive)")]
    [InlineData("integer-for-enum.json", "victim.gender", 15, 17, "expected one of \"female\", \"male\", \"nonBinary\", \"other\" or \"notKnown\", not a number")]
    [InlineData("unknown-property.json", "children[0].shcool", 21, 9, "\"shcool\" is not a member of Child; did you mean \"school\"?")]
    [InlineData("impossible-date.json", "children[1].dateOfBirth.date", 25, 55, "expected a real date written as \"YYYY-MM-DD\"")]
    [InlineData("null-for-object.json", "victim.dateOfBirth", 14, 22, "expected an object in curly braces { }, not null")]
    [InlineData("null-list-item.json", "children[1].name.aliases[1]", 24, 62, "expected text in double quotes, not null")]
    [InlineData("duplicate-member.json", "victim.gender", 15, 27, "\"gender\" appears more than once")]
    [InlineData("missing-form-type.json", "formType", 30, 1, "the file has no \"formType\"")]
    [InlineData("unknown-envelope-member.json", "createdBy", 4, 3, "\"createdBy\" is not a member of a Marac.Forms file")]
    [InlineData("unsupported-version.json", "formVersion", 3, 18, "this file is format version \"2.0\"; this version of Marac.Forms reads format version \"1.0\"")]
    [InlineData("missing-lawful-basis-statement.json", "lawfulBasis.permittedUse", 8, 21, "the lawful basis must state its permitted use")]
    [InlineData("missing-article6.json", "lawfulBasis.article6", 4, 18, "the lawful basis must state its UK GDPR Article 6 basis")]
    [InlineData("null-article6.json", "lawfulBasis.article6", 5, 17, "the lawful basis must state its UK GDPR Article 6 basis")]
    [InlineData("another-form-type.json", "referralDate", 11, 5, "\"referralDate\" is not a member of DashChecklist")]
    public void Bad_file_is_reported_with_its_path_line_and_column(string file, string path, int line, int column, string reason)
    {
        using var stream = File.OpenRead(Path.Combine(BadInput, file));

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(stream));

        Assert.Equal(file, ex.SourceName);
        Assert.Equal(path, ex.Path);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(reason, ex.Reason);
        Assert.StartsWith($"{file}: line {line}, column {column}, at ", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<MaracFormsException>(ex);
    }

    [Fact]
    public void The_message_names_file_line_column_path_and_what_was_expected()
    {
        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.Read<MaracReferral>(ReadText("impossible-date.json"), "referral.json"));

        Assert.Equal("referral.json: line 25, column 55, at children[1].dateOfBirth.date: expected a real date written as \"YYYY-MM-DD\"", ex.Message);
    }

    [Fact]
    public void The_message_leaves_out_the_source_when_none_is_given()
    {
        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(ReadText("not-an-object.json")));

        Assert.Null(ex.SourceName);
        Assert.StartsWith("line 1, column 1, at the top level: expected a Marac.Forms file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_for_another_form_is_refused_by_name()
    {
        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.Read<MaracReferral>(ReadText("another-form-type.json"), "referral.json"));

        Assert.Equal("formType", ex.Path);
        Assert.Equal((2, 15), (ex.Line, ex.Column));
        Assert.Equal("expected a marac-referral file but this is a dash-checklist file", ex.Reason);
    }

    [Fact]
    public void Values_from_the_input_are_not_repeated_in_messages()
    {
        var json = ReadText("valid-referral.json").Replace("\"date\": \"1991-04-03\"", "\"date\": \"Ελένη-1991\"", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("victim.dateOfBirth.date", ex.Path);
        Assert.DoesNotContain("Ελένη", ex.Message);
    }

    [Fact]
    public void A_form_type_that_does_not_exist_lists_the_four()
    {
        var json = ReadText("valid-referral.json").Replace("\"marac-referral\"", "\"marac-form\"", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("formType", ex.Path);
        Assert.Equal("\"marac-form\" is not a Marac.Forms form type; expected one of \"marac-referral\", \"dash-checklist\", \"sharing-without-consent\" or \"disclosure-decision\"", ex.Reason);
    }

    [Fact]
    public void A_member_in_another_casing_suggests_the_right_name()
    {
        var json = ReadText("valid-referral.json").Replace("\"victim\":", "\"Victim\":", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("Victim", ex.Path);
        Assert.Equal("\"Victim\" is not a member of MaracReferral; did you mean \"victim\"? (names are case-sensitive)", ex.Reason);
    }

    [Fact]
    public void A_uk_gdpr_basis_that_also_states_a_section_35_basis_is_refused_as_the_writer_refuses_it()
    {
        var json = ReadText("valid-referral.json").Replace("\"article6\": \"publicTask\",", "\"article6\": \"publicTask\", \"section35\": \"consent\",", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("lawfulBasis.section35", ex.Path);
        Assert.Contains("one processing falls under one regime", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_3_basis_that_also_states_an_article_6_basis_is_refused()
    {
        var json = ReadText("valid-referral.json").Replace("\"article6\": \"publicTask\",", "\"regime\": \"lawEnforcement\", \"section35\": \"necessaryForLawEnforcementTask\", \"article6\": \"publicTask\",", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("lawfulBasis.article6", ex.Path);
        Assert.Contains("Part 3 of the Data Protection Act 2018", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_input_is_reported(string json)
    {
        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal(string.Empty, ex.Path);
        Assert.Equal(1, ex.Line);
        Assert.Contains("the input is empty", ex.Reason);
    }

    [Fact]
    public void Utf16_text_is_reported_as_such()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ReadText("valid-referral.json"))).ToArray();

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(new MemoryStream(bytes)));

        Assert.Equal((1, 1), (ex.Line, ex.Column));
        Assert.Contains("UTF-16", ex.Reason);
    }

    [Fact]
    public void A_broken_character_in_string_input_is_reported_where_it_is()
    {
        var json = ReadText("valid-referral.json").Replace("Brookside", "Brook\ud800side", StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.Equal("children[1].school", ex.Path);
        Assert.Equal((26, 25), (ex.Line, ex.Column));
        Assert.Contains("unpaired UTF-16 surrogate", ex.Reason);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_list_item_are_reported_at_the_item()
    {
        var bytes = Encoding.UTF8.GetBytes(ReadText("valid-referral.json").Replace("\"Masha\"", "\"Ma#ha\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xC0;

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(new MemoryStream(bytes)));

        Assert.Equal("children[1].name.aliases[1]", ex.Path);
        Assert.Equal((24, 65), (ex.Line, ex.Column));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_member_name_are_reported_with_the_name_shown_safely()
    {
        var bytes = Encoding.UTF8.GetBytes(ReadText("valid-referral.json").Replace("\"gender\"", "\"gen#er\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(new MemoryStream(bytes)));

        Assert.Equal("victim[\"gen\uFFFDer\"]", ex.Path);
        Assert.Equal((15, 11), (ex.Line, ex.Column));
        Assert.Contains("not valid UTF-8", ex.Reason);
    }

    [Fact]
    public void Deep_nesting_is_reported_not_overflowed()
    {
        var json = ReadText("valid-referral.json").Replace("\"aliases\": [\"Маша\", \"Masha\"]", "\"aliases\": " + new string('[', 200) + new string(']', 200), StringComparison.Ordinal);

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(json));

        Assert.StartsWith("children[1].name.aliases[0][0]", ex.Path, StringComparison.Ordinal);
        Assert.Contains("nested too deeply", ex.Reason);
    }

    [Fact]
    public void A_future_date_parses_and_validation_reports_it_with_its_path()
    {
        var file = MaracJson.Read<MaracReferral>(ReadText("future-date-of-birth.json"));

        var report = file.Form.Validate(Today);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("victim.dateOfBirth.date", problem.Path);
        Assert.Contains("(2999-01-01) is in the future", problem.Message);
    }

    [Fact]
    public void A_dash_with_an_item_missing_parses_and_validation_reports_the_item()
    {
        var file = MaracJson.Read<DashChecklist>(ReadText("dash-23-items.json"));

        var report = file.Form.Validate(Today);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("strangulation.response", problem.Path);
        Assert.Contains("Item 15 is not answered", problem.Message);
    }

    [Fact]
    public void A_one_megabyte_text_parses_and_validation_reports_it_as_too_long()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "data", "high-risk-score", "referral.json"));
        var original = "\"riskSummary\": \"On 4 October 2026 he held a kitchen knife to her and struck her face. She left for a friend's house. Reported to police: yes, once.\"";
        Assert.Contains(original, sample);
        var megabyte = new StringBuilder(1 << 20).Insert(0, "Ελένη went to the refuge. ", (1 << 20) / 25).ToString();
        var json = sample.Replace(original, "\"riskSummary\": \"" + megabyte + "\"", StringComparison.Ordinal);

        var file = MaracJson.Read<MaracReferral>(json);

        Assert.Equal(megabyte, file.Form.RiskSummary);
        var problem = Assert.Single(file.Form.Validate(Today).Problems);
        Assert.Equal("riskSummary", problem.Path);
        Assert.Contains($"is {megabyte.Length:N0} characters long; the most allowed is 100,000", problem.Message);
    }

    [Fact]
    public void A_json_node_with_a_bad_value_is_reported_by_path_without_position()
    {
        var node = MaracJson.SerializeFormToNode(JsonTestForms.Referral, JsonTestForms.Basis);
        node["children"]![1]!["school"] = 5;

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.DeserializeForm<MaracReferral>(node, "filled.docx"));

        Assert.Equal("children[1].school", ex.Path);
        Assert.Null(ex.Line);
        Assert.Null(ex.Column);
        Assert.Equal("filled.docx: at children[1].school: expected text in double quotes, not a number", ex.Message);
    }

    [Fact]
    public void A_json_node_that_is_not_an_object_is_reported_at_the_top_level()
    {
        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.DeserializeForm<DashChecklist>(new JsonArray()));

        Assert.Equal(string.Empty, ex.Path);
        Assert.Equal("expected an object in curly braces { }, not a list", ex.Reason);
    }

    [Fact]
    public void A_json_node_with_null_where_a_record_is_required_is_refused()
    {
        var node = new JsonObject { ["currentInjury"] = null };

        var ex = Assert.Throws<MaracFormatException>(() => MaracJson.DeserializeForm<DashChecklist>(node));

        Assert.Equal("currentInjury", ex.Path);
    }

    [Fact]
    public void Arguments_that_are_not_input_are_checked_as_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => MaracJson.ReadAny((string)null!));
        Assert.Throws<ArgumentNullException>(() => MaracJson.ReadAny((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => MaracJson.DeserializeForm<DashChecklist>(null!));
        Assert.Throws<ArgumentException>(() => MaracJson.Read<Child>(ReadText("valid-referral.json")));
    }

    private static string ReadText(string file) => File.ReadAllText(Path.Combine(BadInput, file));
}
