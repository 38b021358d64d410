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
    [InlineData(FictionalPeople.ArabicName, 1, "NotoNaskhArabic-Regular")]
    [InlineData("נועה שרון", 1, "NotoSansHebrew-Regular")]
    [InlineData("प्रिया शर्मा", 0, "NotoSansDevanagari-Regular")]
    [InlineData("সুমাইয়া রহমান", 0, "NotoSansBengali-Regular")]
    public void Right_to_left_and_shaped_scripts_get_their_Noto_face_and_the_direction_of_their_first_letter(string text, int paragraphLevel, string face)
    {
        PreparedText prepared = Prepare(text);
        Assert.All(prepared.ParagraphLevelOfChar, level => Assert.Equal(paragraphLevel, level));
        Assert.All(prepared.FaceOfChar, index => Assert.Equal(face, prepared.Fonts.Face(FaceStyle.Regular, index).FaceName));
        Assert.All(prepared.Runs, run => Assert.Equal(paragraphLevel == 1, run.IsRightToLeft));
        Assert.True(prepared.Width(0, text.Length) > 0);
    }

    [Fact]
    public void A_Latin_name_inside_a_right_to_left_paragraph_keeps_left_to_right_order_at_a_higher_level()
    {
        PreparedText prepared = Prepare("فاطمة Zofia");
        Assert.Equal(1, prepared.ParagraphLevelOfChar[0]);
        var latin = prepared.Runs.Single(r => prepared.Text.Substring(r.Start, r.End - r.Start).Contains("Zofia", StringComparison.Ordinal));
        Assert.Equal(2, latin.Level);
        Assert.Equal("DejaVuSans", prepared.Fonts.Face(FaceStyle.Regular, latin.FaceIndex).FaceName);
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
    public void Characters_outside_the_basic_plane_are_drawn_when_a_font_has_them_and_refused_naming_them_otherwise()
    {
        PreparedText smiling = Prepare("Happy \U0001F600");
        Assert.Equal("DejaVuSans", smiling.Fonts.Face(FaceStyle.Regular, smiling.FaceOfChar[6]).FaceName);
        Assert.True(smiling.Advance[6] > 0);
        Assert.Equal(0f, smiling.Advance[7]);

        var error = Assert.Throws<PdfUnprintableTextException>(() => Prepare("Amina \U0001F9D5"));
        Assert.Equal(0x1F9D5, error.CodePoint);
        Assert.Equal("victim.name.givenNames", error.FieldPath);
        Assert.Contains("U+1F9D5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_broken_surrogates_are_refused()
    {
        Assert.Equal(0x07, Assert.Throws<PdfUnprintableTextException>(() => Prepare("Bell\u0007")).CodePoint);
        Assert.Equal(0xD83D, Assert.Throws<PdfUnprintableTextException>(() => Prepare("Half \uD83D")).CodePoint);
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
            TextPreparer.Prepare(FictionalPeople.ChineseName, Body, TestFontSet.Bundled, TextSource.Wording("the heading of section 'victim'")));
        Assert.Null(error.FieldPath);
        Assert.StartsWith("Cannot print the heading of section 'victim' as PDF", error.Message, StringComparison.Ordinal);
    }
}
