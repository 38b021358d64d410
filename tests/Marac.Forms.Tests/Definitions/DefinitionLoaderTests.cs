using System.Text;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Definitions;

/// <summary>A broken definition fails with a message naming the file, the line and the offending path.</summary>
public sealed class DefinitionLoaderTests
{
    private static FormDefinitionException LoadFails(string json, string source = "local/referral.json") =>
        Assert.Throws<FormDefinitionException>(() => FormDefinitionLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), source));

    private static string Definition(string items) =>
        "{\n" +
        "  \"format\": 1, \"id\": \"test\", \"name\": \"Test form\", \"version\": \"1\", \"record\": \"disclosure-decision\",\n" +
        "  \"sections\": [\n" +
        "    { \"id\": \"only\", \"heading\": \"Only\", \"items\": [\n" +
        items + "\n" +
        "    ] }\n" +
        "  ]\n" +
        "}\n";

    [Theory]
    [InlineData("disclosureDecision")]
    [InlineData("DisclosureDecision")]
    public void A_record_named_the_old_way_is_refused_with_the_forms_identifier(string oldName)
    {
        var error = LoadFails(Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" }").Replace("\"disclosure-decision\"", "\"" + oldName + "\"", StringComparison.Ordinal));

        var problem = error.Problems.First();
        Assert.Equal(2, problem.Line);
        Assert.Contains("write \"record\": \"disclosure-decision\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_given_twice_is_refused_not_read_as_the_first_value()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\", \"label\": \"Case number\" },\n" +
            "      { \"kind\": \"singleLine\", \"bind\": \"recipient.name\", \"bind\": \"recipient.agency\", \"label\": \"Agency\" }"));

        Assert.Equal(2, error.Problems.Count);
        Assert.Equal("sections[0].items[0].label", error.Problems[0].Path);
        Assert.Equal(5, error.Problems[0].Line);
        Assert.Equal("sections[0].items[1].bind", error.Problems[1].Path);
        Assert.All(error.Problems, p => Assert.Contains("appears more than once in this object", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_record_lists_the_form_identifiers()
    {
        var error = LoadFails(Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" }").Replace("\"disclosure-decision\"", "\"incident-log\"", StringComparison.Ordinal));

        Assert.Contains("unknown record 'incident-log'; expected the identifier of one of the forms: marac-referral, dash-checklist, sharing-without-consent, disclosure-decision", error.Problems.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_JSON_names_the_file_line_and_column()
    {
        var error = LoadFails("{\n  \"id\": \"x\",\n  \"name\": oops\n}");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("local/referral.json", problem.Source);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("local/referral.json(3,", error.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_after_text_in_another_script_is_placed_by_characters_as_in_form_files()
    {
        var error = LoadFails("{\n  \"name\": \"Ελένη\" x\n}");

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(19, problem.Column);
    }

    [Fact]
    public void A_row_of_fields_refuses_a_writing_block_and_a_single_input()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"row\", \"items\": [\n" +
            "        { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" },\n" +
            "        { \"kind\": \"multiLine\", \"bind\": \"informationConsidered\", \"label\": \"Considered\" }\n" +
            "      ] },\n" +
            "      { \"kind\": \"row\", \"items\": [ { \"kind\": \"singleLine\", \"bind\": \"method\", \"label\": \"Method\" } ] }"));

        Assert.Contains(error.Problems, p => p.Path == "sections[0].items[0].items[1]" && p.Message.Contains("only short inputs", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "sections[0].items[1]" && p.Message.Contains("two or three inputs, not 1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_footer_and_page_numbers_are_the_definitions_phrases_and_the_tick_symbols_are_decided_once()
    {
        var json = Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" }")
            .Replace("\"sections\":", "\"phrases\": { \"footer\": \"{name}, fersiwn {version}\", \"pageNumbers\": \"Tudalen {page} o {pages}\" },\n  \"sections\":", StringComparison.Ordinal);
        var definition = FormDefinitionLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "welsh.json");

        var document = Marac.Forms.Documents.FormDocumentBuilder.BuildBlank(definition);
        var national = Marac.Forms.Documents.FormDocumentBuilder.BuildBlank(FormDefinitions.DashChecklist);

        Assert.Equal("Test form, fersiwn 1", document.FooterText);
        Assert.Equal(new Marac.Forms.Documents.PageNumberText("Tudalen ", " o "), document.PageNumbers);
        Assert.Equal("Dash risk identification checklist (version 1.0)", national.FooterText);
        Assert.Equal(new Marac.Forms.Documents.PageNumberText("Page ", " of "), national.PageNumbers);
        Assert.Equal(("\u2612", "\u2610"), (national.TickedBox, national.UntickedBox));
    }

    [Fact]
    public void A_page_number_phrase_without_the_count_at_its_end_is_refused()
    {
        var json = Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" }")
            .Replace("\"sections\":", "\"phrases\": { \"pageNumbers\": \"{pages} pages, this is {page}\" },\n  \"sections\":", StringComparison.Ordinal);

        var problem = Assert.Single(LoadFails(json).Problems);
        Assert.Equal("phrases.pageNumbers", problem.Path);
    }

    [Fact]
    public void A_section_layout_other_than_the_question_grid_is_refused()
    {
        var json = Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" }")
            .Replace("\"heading\": \"Only\",", "\"heading\": \"Only\", \"layout\": \"columns\",", StringComparison.Ordinal);

        var problem = Assert.Single(LoadFails(json).Problems);
        Assert.Equal("sections[0].layout", problem.Path);
        Assert.Contains("unknown layout 'columns'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_binding_names_the_line_and_the_path_of_the_bind()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" },\n" +
            "      { \"kind\": \"singleLine\", \"bind\": \"recipient.nmae\", \"label\": \"Agency\" }"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Equal("sections[0].items[1].bind", problem.Path);
        Assert.Contains("recipient.nmae", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Agency has no member 'nmae'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("local/referral.json(6,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_field_is_reported_where_it_is_bound_the_second_time()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\" },\n" +
            "      { \"kind\": \"multiLine\", \"bind\": \"caseReference\", \"label\": \"Reference again\" }"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Equal("sections[0].items[1].bind", problem.Path);
        Assert.Contains("duplicated field", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_reported_with_the_kinds_there_are()
    {
        var error = LoadFails(Definition("      { \"kind\": \"freeText\", \"bind\": \"caseReference\", \"label\": \"Reference\" }"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Equal("sections[0].items[0].kind", problem.Path);
        Assert.Contains("'freeText' is not a known kind", problem.Message, StringComparison.Ordinal);
        Assert.Contains("singleLine", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_does_not_fit_the_member_is_reported()
    {
        var error = LoadFails(Definition("      { \"kind\": \"date\", \"bind\": \"caseReference\", \"label\": \"Reference\" }"));

        Assert.Contains("'caseReference' is text, but a date input needs a date", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_must_cover_every_value_of_the_choice()
    {
        var error = LoadFails(Definition("      { \"kind\": \"choice\", \"bind\": \"outcome\", \"label\": \"Decision\", \"options\": [ { \"value\": \"share\", \"label\": \"Share\" }, { \"value\": \"maybe\", \"label\": \"Maybe\" } ] }"));

        var message = Assert.Single(error.Problems).Message;
        Assert.Contains("missing: doNotShare", message, StringComparison.Ordinal);
        Assert.Contains("not values of it: maybe", message, StringComparison.Ordinal);
    }

    private static string ChildrenTable(string columns) =>
        Definition(
            "      { \"kind\": \"table\", \"bind\": \"children\", \"label\": \"Each child\", \"columns\": [\n" +
            columns + "\n" +
            "      ] }").Replace("\"disclosure-decision\"", "\"sharing-without-consent\"", StringComparison.Ordinal);

    [Fact]
    public void A_stacked_column_loads_its_parts_in_order_each_with_its_label()
    {
        var json = ChildrenTable(
            "        { \"header\": \"Name\", \"width\": 3, \"parts\": [\n" +
            "          { \"bind\": \"name.givenNames\", \"label\": \"Given name(s)\", \"kind\": \"singleLine\" },\n" +
            "          { \"bind\": \"name.aliases\", \"label\": \"Other names used\", \"kind\": \"textList\" }\n" +
            "        ] },\n" +
            "        { \"bind\": \"school\", \"header\": \"School\", \"kind\": \"singleLine\" }");

        var definition = FormDefinitionLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "local/sharing.json");
        var table = FormDocumentBuilder.BuildBlank(definition).Sections.Single().Blocks.OfType<TableBlock>().Single();

        Assert.Equal(new[] { ("Name", 2), ("School", 1) }, table.PrintedColumns.Select(p => (p.Header, p.MemberCount)));
        Assert.Equal(new[] { "Given name(s)", "Other names used", null }, table.Columns.Select(c => c.PartLabel));
        Assert.Equal(FieldKind.TextList, table.Columns[1].Kind);
        Assert.Equal(3, table.Columns[0].RelativeWidth);
    }

    [Fact]
    public void A_stacked_column_of_one_part_and_a_part_that_does_not_fit_its_member_are_refused_with_their_paths()
    {
        var error = LoadFails(ChildrenTable(
            "        { \"header\": \"Name\", \"parts\": [\n" +
            "          { \"bind\": \"name.givenNames\", \"label\": \"Given name(s)\", \"kind\": \"singleLine\" }\n" +
            "        ] },\n" +
            "        { \"header\": \"Born\", \"parts\": [\n" +
            "          { \"bind\": \"school\", \"label\": \"School\", \"kind\": \"textList\" },\n" +
            "          { \"bind\": \"dateOfBirth.date\", \"kind\": \"date\" }\n" +
            "        ] }"));

        var problems = error.Problems.Select(p => (p.Path, p.Message)).ToList();
        Assert.Contains(problems, p => p.Path == "sections[0].items[0].columns[0].parts" && p.Message.Contains("two or more parts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "sections[0].items[0].columns[1].parts[0].bind" && p.Message.Contains("a textList input needs a list of text", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "sections[0].items[0].columns[1].parts[1]" && p.Message.Contains("'label' is required", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_mixing_a_signature_with_a_short_input_is_refused()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"row\", \"items\": [\n" +
            "        { \"kind\": \"signature\", \"bind\": \"caseworkerSignature\", \"label\": \"Caseworker\" },\n" +
            "        { \"kind\": \"singleLine\", \"bind\": \"informationSource\", \"label\": \"Source\" }\n" +
            "      ] }").Replace("\"disclosure-decision\"", "\"sharing-without-consent\"", StringComparison.Ordinal));

        Assert.Contains(error.Problems, p => p.Path == "sections[0].items[0]" && p.Message.Contains("signatures only", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var error = LoadFails(Definition(
            "      { \"kind\": \"text\", \"text\": \"Send to {areaNmae}\" },\n" +
            "      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Reference\", \"colour\": \"red\" },\n" +
            "      { \"kind\": \"yesNo\", \"bind\": \"outcome\", \"label\": \"Decision\" }"));

        Assert.Equal(new[] { 5, 6, 7 }, error.Problems.Select(p => p.Line));
        Assert.Contains("unknown placeholder '{areaNmae}'", error.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'colour' is not a known setting", error.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caller_can_load_a_definition_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "marac-definition-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Definition("      { \"kind\": \"singleLine\", \"bind\": \"caseReference\", \"label\": \"Our reference\" }"));
        try
        {
            var definition = FormDefinitionLoader.LoadFile(path);

            Assert.Equal("test", definition.Id);
            Assert.Equal(path, definition.Source);
            Assert.Contains("outcome", definition.FindUnboundMembers());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
