using System.Text.Json.Nodes;
using Json.Schema;
using Marac.Forms.Json;
using Marac.Forms.Tests.Fixtures;
using Marac.Forms.Tests.Json;

namespace Marac.Forms.Tests.Schemas;

/// <summary>
/// The JSON Schemas under <c>docs/schemas</c> are what the records generate, every sample file and built-in form
/// definition names its schema with <c>$schema</c> and validates against it, and the schemas refuse what the reader
/// refuses. Set <c>MARAC_WRITE_SCHEMAS=1</c> to regenerate the files after changing a record.
/// </summary>
public sealed class PublishedSchemaTests
{
    public static TheoryData<string> SchemaFiles => new(PublishedSchemas.All().Keys);

    public static TheoryData<string> SampleFiles => new(
        Directory.EnumerateFiles(RepositoryFiles.PathOf("samples/data"), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal));

    public static TheoryData<string> DefinitionFiles => new(FormTypes.All.Select(formType => "forms/" + formType.Id() + ".json"));

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_checked_in_schema_is_what_the_records_generate(string fileName)
    {
        var expected = PublishedSchemas.All()[fileName];
        var path = RepositoryFiles.PathOf(PublishedSchemas.Folder + "/" + fileName);
        if (Environment.GetEnvironmentVariable("MARAC_WRITE_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), path + " is missing; run the tests with MARAC_WRITE_SCHEMAS=1 to write it");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_sample_names_its_forms_schema_and_is_valid_against_it(string relativePath)
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(relativePath)))!;
        var formType = FormTypes.Parse(file["formType"]!.GetValue<string>());

        var schemaPath = SchemaNamedBy(relativePath, file);

        Assert.Equal(PublishedSchemas.FormFileName(formType), Path.GetFileName(schemaPath));
        AssertValid(schemaPath, file, relativePath);
    }

    [Theory]
    [MemberData(nameof(DefinitionFiles))]
    public void Each_built_in_definition_names_the_definition_schema_and_is_valid_against_it(string relativePath)
    {
        var definition = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf(relativePath)))!;

        var schemaPath = SchemaNamedBy(relativePath, definition);

        Assert.Equal(PublishedSchemas.DefinitionFileName, Path.GetFileName(schemaPath));
        AssertValid(schemaPath, definition, relativePath);
    }

    [Theory]
    [InlineData("victim", "gender", "Female")]
    [InlineData("victim", "shoeSize", "41")]
    [InlineData("victim", "dateOfBirth", "3 April 1991")]
    public void The_form_schema_refuses_what_the_reader_refuses(string parent, string member, string value)
    {
        var text = MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis);
        var file = JsonNode.Parse(text)!;
        file["form"]![parent]![member] = value;

        Assert.Throws<MaracFormatException>(() => MaracJson.ReadAny(file.ToJsonString()));
        var result = Schema(PublishedSchemas.FormFileName(FormType.MaracReferral)).Evaluate(Element(file));
        Assert.False(result.IsValid, "the schema let through " + parent + "." + member + " = " + value);
    }

    [Theory]
    [InlineData("referralDate")]
    [InlineData("victimAwareOfReferral")]
    [InlineData("victim")]
    [InlineData("maracArea")]
    [InlineData("children")]
    public void The_form_schema_and_the_reader_agree_on_null(string member)
    {
        var file = JsonNode.Parse(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis))!;
        file["form"]![member] = null;

        var readerAccepts = Record.Exception(() => MaracJson.ReadAny(file.ToJsonString())) is null;
        var schemaAccepts = Schema(PublishedSchemas.FormFileName(FormType.MaracReferral)).Evaluate(Element(file)).IsValid;

        Assert.Equal(readerAccepts, schemaAccepts);
    }

    [Fact]
    public void A_file_for_another_form_fails_the_schema()
    {
        var file = JsonNode.Parse(MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis))!;

        Assert.True(Schema(PublishedSchemas.FormFileName(FormType.DashChecklist)).Evaluate(Element(file)).IsValid);
        Assert.False(Schema(PublishedSchemas.FormFileName(FormType.MaracReferral)).Evaluate(Element(file)).IsValid);
    }

    [Fact]
    public void The_definition_schema_refuses_an_old_record_name()
    {
        var definition = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("forms/dash-checklist.json")))!;
        definition["record"] = "dashChecklist";

        Assert.False(Schema(PublishedSchemas.DefinitionFileName).Evaluate(Element(definition)).IsValid);
    }

    private static string SchemaNamedBy(string relativePath, JsonNode document)
    {
        var reference = document["$schema"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(reference), relativePath + " has no \"$schema\"");
        var folder = Path.GetDirectoryName(RepositoryFiles.PathOf(relativePath))!;
        var schemaPath = Path.GetFullPath(Path.Combine(folder, reference!));
        Assert.True(File.Exists(schemaPath), relativePath + ": its \"$schema\" " + reference + " names no file");
        Assert.Equal(Path.GetFullPath(RepositoryFiles.PathOf(PublishedSchemas.Folder)), Path.GetDirectoryName(schemaPath));
        return schemaPath;
    }

    private static System.Text.Json.JsonElement Element(JsonNode node) =>
        System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static JsonSchema Schema(string fileName) =>
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf(PublishedSchemas.Folder + "/" + fileName)));

    private static void AssertValid(string schemaPath, JsonNode document, string name)
    {
        var result = JsonSchema.FromText(File.ReadAllText(schemaPath)).Evaluate(Element(document), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))
            .ToList();
        Assert.True(result.IsValid, name + " is not valid against " + Path.GetFileName(schemaPath) + ":\n" + string.Join("\n", errors.Take(20)));
    }
}
