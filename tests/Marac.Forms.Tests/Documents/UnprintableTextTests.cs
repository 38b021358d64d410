using Marac.Forms.Definitions;
using Marac.Forms.Documents;

namespace Marac.Forms.Tests.Documents;

/// <summary>
/// One rule for characters a form cannot hold (control characters other than tab and line breaks, U+FFFE/U+FFFF,
/// half a surrogate pair): validation reports each with its path and the character; building a document refuses
/// it with the same words; a definition file holding one does not load.
/// </summary>
public sealed class UnprintableTextTests
{
    // Code points, not strings: the test runner would turn half a surrogate pair in theory data into U+FFFD.
    public static TheoryData<int> Unprintable => new() { 0x0000, 0x0008, 0x000B, 0x000C, 0x001B, 0x007F, 0x0085, 0xFFFE, 0xD800, 0xDC00 };

    [Theory]
    [MemberData(nameof(Unprintable))]
    public void Validation_reports_the_field_and_the_character(int codePoint)
    {
        var (character, code) = Character(codePoint);
        var referral = new MaracReferral { Victim = new VictimDetails { Name = new PersonName { GivenNames = "Chia" + character + "maka", FamilyName = "Okonkwo" } } };

        var problem = Assert.Single(referral.Validate().At("victim.name.givenNames"));

        Assert.Contains(code, problem.Message, StringComparison.Ordinal);
        Assert.Contains("at character 5", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Chia", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Unprintable))]
    public void Building_the_document_refuses_it_naming_the_field(int codePoint)
    {
        var (character, code) = Character(codePoint);
        var referral = new MaracReferral { Victim = new VictimDetails { Name = new PersonName { GivenNames = "Chia" + character + "maka" } } };

        var refused = Assert.Throws<UnprintableTextException>(() => FormDocumentBuilder.Build(referral));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("victim.name.givenNames", problem.Path);
        Assert.Contains(code, refused.Message, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(referral.Validate().At("victim.name.givenNames")).Message, problem.Message);
    }

    [Fact]
    public void Every_form_and_every_field_at_fault_is_reported()
    {
        var dash = new DashChecklist { VictimNameOrCode = "A\u0001", OtherRelevantInformation = "B\u000C", CompletedBy = new Signature { Name = "C\u0000" } };
        var sharing = new SharingWithoutConsentRecord { VictimName = new PersonName { FamilyName = "\u000B" } };
        var disclosure = new DisclosureDecision { CaseReference = "\uDBFF" };

        Assert.Equal(3, dash.Validate().Problems.Count(p => p.Message.Contains("no printed form", StringComparison.Ordinal)));
        Assert.Equal(3, Assert.Throws<UnprintableTextException>(() => FormDocumentBuilder.Build(dash)).Problems.Count);
        Assert.Single(sharing.Validate().At("victimName.familyName"), p => p.Message.Contains("U+000B", StringComparison.Ordinal));
        Assert.Single(disclosure.Validate().At("caseReference"), p => p.Message.Contains("U+DBFF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tab\there")]
    [InlineData("Two\r\nlines\nand more")]
    [InlineData("Emoji \U0001F469\u200D\U0001F467 and \U00020BB7")]
    [InlineData("Zero-width\u200Bspace, BOM\uFEFF, replacement \uFFFD")]
    public void Printable_text_passes_both(string text)
    {
        var referral = new MaracReferral { RiskSummary = text };

        Assert.Empty(referral.Validate().At("riskSummary"));
        Assert.Contains(FormDocumentBuilder.Build(referral).Sections.SelectMany(s => s.Blocks).OfType<FieldBlock>(), f => f.Value == text);
    }

    [Fact]
    public void A_definition_with_such_a_character_does_not_load()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("{ \"id\": \"x\", \"name\": \"Bad\\u0007name\" }");

        var refused = Assert.Throws<FormDefinitionException>(() => FormDefinitionLoader.Load(new MemoryStream(json), "bad.json"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("name", problem.Path);
        Assert.Contains("U+0007", problem.Message, StringComparison.Ordinal);
    }

    private static (string Character, string Code) Character(int codePoint) =>
        (((char)codePoint).ToString(), "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
}
