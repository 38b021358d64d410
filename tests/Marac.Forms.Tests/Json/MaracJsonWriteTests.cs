using System.Text;
using System.Text.Json;
using Marac.Forms.DataProtection;
using Marac.Forms.Json;

namespace Marac.Forms.Tests.Json;

/// <summary>What <see cref="MaracJson.Write{TForm}(TForm, LawfulBasis)"/> produces and what it refuses.</summary>
public sealed class MaracJsonWriteTests
{
    [Fact]
    public void The_envelope_names_the_form_first_then_the_version_the_basis_and_the_form()
    {
        var json = MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis);

        using var document = JsonDocument.Parse(json);
        var members = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(new[] { "formType", "formVersion", "lawfulBasis", "form" }, members);
        Assert.StartsWith("{\n  \"formType\": \"dash-checklist\",\n  \"formVersion\": \"1.0\",\n", json, StringComparison.Ordinal);
        Assert.Equal("publicTask", document.RootElement.GetProperty("lawfulBasis").GetProperty("article6").GetString());
        Assert.Equal(JsonTestForms.Basis.Reasons, document.RootElement.GetProperty("lawfulBasis").GetProperty("reasons").GetString());
        Assert.Equal("Client EX-0042", document.RootElement.GetProperty("form").GetProperty("victimNameOrCode").GetString());
    }

    [Theory]
    [InlineData(FormType.MaracReferral, "marac-referral")]
    [InlineData(FormType.DashChecklist, "dash-checklist")]
    [InlineData(FormType.SharingWithoutConsent, "sharing-without-consent")]
    [InlineData(FormType.DisclosureDecision, "disclosure-decision")]
    public void Each_form_type_has_its_stable_name(FormType formType, string fileName)
    {
        Assert.Equal(fileName, formType.Id());
        Assert.True(FormTypes.TryParse(fileName, out var parsed));
        Assert.Equal(formType, parsed);
        Assert.Equal(formType, FormTypes.Of(formType.RecordType()));
    }

    [Fact]
    public void Output_is_deterministic_indented_utf8_with_unix_line_ends_and_a_final_new_line()
    {
        var first = MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis);
        var second = MaracJson.Write(JsonTestForms.Referral with { }, JsonTestForms.Basis with { });

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        Assert.Contains("\n    \"maracArea\": \"Exampleton MARAC\",\n", first);
    }

    [Fact]
    public void Stream_output_is_the_utf8_of_the_string_output_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        MaracJson.Write(JsonTestForms.Referral, stream, JsonTestForms.Basis);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis)), bytes);
    }

    [Fact]
    public void Names_in_every_script_are_written_as_they_are()
    {
        var json = MaracJson.Write(JsonTestForms.Referral, JsonTestForms.Basis);

        Assert.Contains("\"givenNames\": \"Ελένη\"", json);
        Assert.Contains("\"familyName\": \"Соколовский\"", json);
        Assert.Contains("\"givenNames\": \"秀英\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_written_as_they_are()
    {
        var dash = JsonTestForms.Dash with { VictimNameOrCode = "𠮷田 花子 😀" };

        var json = MaracJson.Write(dash, JsonTestForms.Basis);

        Assert.Contains("\"victimNameOrCode\": \"𠮷田 花子 😀\"", json);
    }

    [Fact]
    public void The_lawful_basis_is_required()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => MaracJson.Write(JsonTestForms.Dash, null!));
        Assert.Equal("basis", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => MaracJson.Write(JsonTestForms.Dash, new MemoryStream(), null!));
        var node = Assert.Throws<ArgumentNullException>(() => MaracJson.SerializeFormToNode(JsonTestForms.Dash, null!));
        Assert.Equal("basis", node.ParamName);
    }

    [Theory]
    [InlineData("", "x", "x", "reasons")]
    [InlineData("x", " ", "x", "extent")]
    [InlineData("x", "x", "", "permittedUse")]
    public void An_incomplete_lawful_basis_is_refused(string reasons, string extent, string use, string missing)
    {
        var basis = JsonTestForms.Basis with { Reasons = reasons, Extent = extent, PermittedUse = use };

        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(JsonTestForms.Dash, basis));
        var node = Assert.Throws<ArgumentException>(() => MaracJson.SerializeFormToNode(JsonTestForms.Dash, basis));

        Assert.Contains(missing, ex.Message);
        Assert.Contains(missing, node.Message);
    }

    [Fact]
    public void Only_the_four_forms_can_be_written()
    {
        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(new Child(), JsonTestForms.Basis));

        Assert.Contains("Child is not a Marac.Forms form", ex.Message);
        Assert.Throws<ArgumentException>(() => MaracJson.Write(JsonTestForms.Basis, JsonTestForms.Basis));
    }

    [Fact]
    public void A_form_passed_as_object_is_written_as_its_own_type()
    {
        object form = JsonTestForms.Dash;

        Assert.Equal(MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis), MaracJson.Write(form, JsonTestForms.Basis));
    }

    [Fact]
    public void An_undefined_enum_value_is_refused_with_its_path()
    {
        var referral = JsonTestForms.Referral with
        {
            Children = ValueList.Of(JsonTestForms.Referral.Children[0], JsonTestForms.Referral.Children[1] with { Gender = (Gender)42 }),
        };

        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(referral, JsonTestForms.Basis));

        Assert.Equal("form", ex.ParamName);
        Assert.Contains("children[1].gender holds 42, which is not one of the Gender values", ex.Message);
    }

    [Fact]
    public void An_undefined_enum_value_in_the_basis_is_refused_with_its_path()
    {
        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(JsonTestForms.Dash, JsonTestForms.Basis with { Article6 = (Article6Basis)99 }));

        Assert.Equal("basis", ex.ParamName);
        Assert.Contains("lawfulBasis.article6 holds 99", ex.Message);
    }

    [Fact]
    public void Null_list_items_are_refused_with_their_path()
    {
        var referral = JsonTestForms.Referral with { Victim = JsonTestForms.Referral.Victim with { Name = new PersonName { Aliases = ValueList.Of("Lena", null!) } } };

        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(referral, JsonTestForms.Basis));

        Assert.Contains("victim.name.aliases[1] is a null list item", ex.Message);
    }

    [Fact]
    public void Broken_utf16_text_is_refused_rather_than_replaced()
    {
        var dash = JsonTestForms.Dash with { CurrentInjury = DashAnswer.Yes("bruise \ud800 here") };

        var ex = Assert.Throws<ArgumentException>(() => MaracJson.Write(dash, JsonTestForms.Basis));

        Assert.Contains("currentInjury.comment", ex.Message);
        Assert.Contains("unpaired UTF-16 surrogate", ex.Message);
    }
}
