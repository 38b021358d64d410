using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Tests.Text;

public sealed class TextPreparerTests
{
    private static readonly TextFormat Body = new(FaceStyle.Regular, 10);

    private static PreparedText Prepare(string text) =>
        TextPreparer.Prepare(text, Body, TestFontSet.Bundled, TextSource.Value("victim.name.givenNames"));

    [Theory]
    [InlineData(FictionalPeople.ArabicName, 0x0641, "Arabic script", "right to left")]
    [InlineData("Noa שרון", 0x05E9, "Hebrew script", "right to left")]
    [InlineData("Priya प्रिया", 0x092A, "Devanagari script", "shape")]
    [InlineData("Anna\u200FB", 0x200F, "right-to-left mark", "right to left")]
    public void Right_to_left_and_shaped_scripts_are_refused_naming_the_field_and_the_character(string text, int codePoint, string script, string why)
    {
        var error = Assert.Throws<PdfUnprintableTextException>(() => Prepare(text));
        Assert.Equal("victim.name.givenNames", error.FieldPath);
        Assert.Equal(codePoint, error.CodePoint);
        Assert.Contains("victim.name.givenNames", error.Message, StringComparison.Ordinal);
        Assert.Contains($"U+{codePoint:X4}", error.Message, StringComparison.Ordinal);
        Assert.Contains(script, error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("Word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_is_refused_and_the_fix_is_named()
    {
        var error = Assert.Throws<PdfUnprintableTextException>(() => Prepare("Wang " + FictionalPeople.ChineseName));
        Assert.Equal(0x738B, error.CodePoint);
        Assert.Contains("'王'", error.Message, StringComparison.Ordinal);
        Assert.Contains("PdfRenderOptions.FallbackFonts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_and_control_characters_are_refused()
    {
        Assert.Equal(0x1F600, Assert.Throws<PdfUnprintableTextException>(() => Prepare("Happy \U0001F600")).CodePoint);
        Assert.Equal(0x07, Assert.Throws<PdfUnprintableTextException>(() => Prepare("Bell\u0007")).CodePoint);
    }

    [Fact]
    public void Text_is_normalised_to_composed_form_and_line_ends_to_newlines()
    {
        PreparedText text = Prepare("Nguye\u0302\u0303n\r\nThi\u0323\rThuỷ\tx\u200B");
        Assert.Equal("Nguyễn\nThị\nThuỷ x", text.Text);
        Assert.Equal(text.Text.Length, text.Advance.Length);
        Assert.Equal(0f, text.Advance[6]);
    }

    [Fact]
    public void Fixed_wording_errors_have_no_field_path()
    {
        var error = Assert.Throws<PdfUnprintableTextException>(() =>
            TextPreparer.Prepare(FictionalPeople.ArabicName, Body, TestFontSet.Bundled, TextSource.Wording("the heading of section 'victim'")));
        Assert.Null(error.FieldPath);
        Assert.StartsWith("Cannot print the heading of section 'victim' as PDF", error.Message, StringComparison.Ordinal);
    }
}
