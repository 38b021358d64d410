using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Text;
using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Tests.Text;

public sealed class ShapingCacheTests
{
    private static readonly TextFormat Body = new(FaceStyle.Regular, 10);

    [Theory]
    [InlineData("Wave AV To Ty: kerned pairs")]
    [InlineData("Nguyễn Thị Đỗ")]
    [InlineData("فاطمة Zofia الحسن")]
    [InlineData("प्रिया शर्मा")]
    public void A_run_taken_from_the_cache_has_the_glyphs_HarfBuzz_gives_the_run_shaped_afresh(string text)
    {
        var fonts = new FontSet(FontRegistry.BundledFaces, []);
        PreparedText first = TextPreparer.Prepare(text, Body, fonts, TextSource.Value("victim.name.givenNames"));
        PreparedText again = TextPreparer.Prepare(text, Body, fonts, TextSource.Value("victim.name.givenNames"));

        Assert.Equal(first.Runs.Length, again.Runs.Length);
        for (int r = 0; r < first.Runs.Length; r++)
        {
            ShapedRun run = again.Runs[r];
            int paragraphEnd = again.Text.IndexOf('\n', run.End) is var n && n >= 0 ? n : again.Text.Length;
            ShapedGlyph[] fresh = TextShaper.Shape(again.Text, 0, paragraphEnd, run.Start, run.End, fonts.Face(Body.Style, run.FaceIndex), run.IsRightToLeft, run.FaceIndex is >= 1 and <= ScriptFamilies.Count);
            Assert.Equal(fresh, run.Glyphs);
            Assert.Equal(first.Runs[r].Glyphs, run.Glyphs);
        }
    }

    [Fact]
    public void Form_wording_is_kept_for_later_documents_and_values_never_are()
    {
        const string value = "Ottoline Quarrenby-Vasquez, 14 Larkspur Row";
        const string label = "Name of the fictional person this label describes";
        var document = new FormDocument(SampleDocuments.Referral, SampleDocuments.Marking, null, isBlank: false,
            [new DocumentSection("victim", "Victim", [SampleDocuments.Field("victim.name", label, value)])]);

        new PdfRenderer().Render(document);

        Assert.True(ShapingCache.SharesParagraph(label));
        Assert.False(ShapingCache.SharesParagraph(value));
    }
}
