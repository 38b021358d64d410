using Marac.Forms.Definitions;
using Marac.Forms.Json;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Json;

/// <summary>
/// One identifier per form: the <c>formType</c> of a file, the id and <c>record</c> of its built-in definition and the
/// definition <see cref="FormTypes"/> finds are the same for each of the four forms.
/// </summary>
public sealed class FormTypesTests
{
    public static TheoryData<FormType> Forms => new(FormTypes.All);

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_file_the_definition_and_the_lookup_agree_on_each_form(FormType formType)
    {
        var definition = formType.Definition();
        var record = Activator.CreateInstance(formType.RecordType())!;
        var file = MaracJson.ReadAny(MaracJson.Write(record, JsonTestForms.Basis));

        Assert.Equal(formType.Id(), definition.Id);
        Assert.Equal(formType, definition.FormType);
        Assert.Equal(formType.RecordType(), definition.RecordType);
        Assert.Same(definition, FormDefinitions.For(formType));
        Assert.Same(definition, FormDefinitions.Find(formType.Id()));
        Assert.Equal(formType, file.FormType);
        Assert.Equal(formType, FormTypes.Parse(formType.Id()));
        Assert.Equal(formType, FormTypes.Of(record.GetType()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_built_in_definition_file_names_its_form_by_its_identifier(FormType formType)
    {
        var path = RepositoryFiles.PathOf("forms/" + formType.Id() + ".json");

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));

        Assert.Equal(formType.Id(), document.RootElement.GetProperty("id").GetString());
        Assert.Equal(formType.Id(), document.RootElement.GetProperty("record").GetString());
    }

    [Fact]
    public void An_unknown_identifier_is_refused_naming_the_four()
    {
        var ex = Assert.Throws<ArgumentException>(() => FormTypes.Parse("dash"));

        Assert.Contains("\"dash\" is not a Marac.Forms form", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"marac-referral\", \"dash-checklist\", \"sharing-without-consent\" or \"disclosure-decision\"", ex.Message, StringComparison.Ordinal);
        Assert.False(FormTypes.TryParse("Dash-Checklist", out _));
    }

    [Fact]
    public void Match_calls_the_function_for_the_form_held_with_the_form_typed()
    {
        var dash = MaracJson.ReadAny(MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis));
        var referral = MaracJson.ReadAny(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis));

        static int? Score(FormFile file) => file.Match<int?>(r => r.Reasons?.DashScore, d => d.Score, s => null, d => null);

        Assert.Equal(JsonTestForms.Dash.Score, Score(dash));
        Assert.Equal(15, Score(referral));
    }
}
