using System.Globalization;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>
/// Names in the scripts drawn with the bundled Noto fonts: the glyph ids drawn are the ones
/// HarfBuzz's own command-line shaper (hb-shape) gives for the name with the same font file, word
/// by word, and pdftotext gives the names back.
/// </summary>
public sealed class ShapedScriptTests
{
    private static readonly Lazy<RenderedPdf> Names = new(() =>
    {
        var fields = FictionalPeople.ShapedNames
            .Select((n, i) => (DocumentBlock)SampleDocuments.Field($"others[{i}].name", "Name", n.Name))
            .ToArray();
        return RenderedPdf.Render(new FormDocument(SampleDocuments.Referral, SampleDocuments.Marking, null, isBlank: false, [new DocumentSection("others", "Other people", fields)]));
    });

    [ConformanceFact(PdfTools.Qpdf, PdfTools.HbShape)]
    public void The_glyphs_drawn_are_the_ones_hb_shape_gives_for_each_name()
    {
        DrawnGlyphs drawn = DrawnGlyphs.Read(Names.Value.Path);
        foreach (var (script, name) in FictionalPeople.ShapedNames)
        {
            ScriptFamily family = Enum.Parse<ScriptFamily>(script == "Urdu" ? "Arabic" : script);
            string fontFile = Path.Combine(Path.GetTempPath(), "marac-pdf-tests", family + ".ttf");
            FontFace face = FontRegistry.ScriptFace(family, FaceStyle.Regular);
            File.WriteAllBytes(fontFile, face.Bytes);
            ToolResult shaped = ExternalTool.Run("hb-shape", "--no-glyph-names", "--no-positions", "--no-clusters", fontFile, name);
            Assert.True(shaped.ExitCode == 0, shaped.Error);
            int[] glyphs = shaped.Output.Trim().Trim('[', ']').Split('|').Select(g => int.Parse(g, CultureInfo.InvariantCulture)).ToArray();
            int space = face.Metrics.GlyphOf(' ');
            string fontName = face.Metrics.PostScriptName!;
            foreach (int[] word in Words(glyphs, space))
            {
                Assert.True(drawn.Draws(fontName, word), $"{script} name {name}: hb-shape's glyphs [{string.Join(' ', word)}] are not drawn with {fontName}; drawn: [{string.Join(' ', drawn.GlyphsOf(fontName))}]");
            }
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.Qpdf)]
    public void Pdftotext_gives_every_name_back()
    {
        string text = ExtractedText.Normalise(string.Concat(ExternalTools.PdfPages(Names.Value.Path)));
        foreach (var (script, name) in FictionalPeople.ShapedNames)
        {
            Assert.True(text.Contains(ExtractedText.Normalise(name), StringComparison.Ordinal), script + " name " + name + " not in: " + text);
        }

        ToolResult check = ExternalTool.Run("qpdf", "--check", Names.Value.Path);
        Assert.True(check.ExitCode == 0 && !check.Output.Contains("WARNING", StringComparison.Ordinal), check.Output + check.Error);
    }

    [ConformanceFact(PdfTools.PdfToText)]
    public void A_document_without_those_scripts_embeds_no_Noto_font()
    {
        ToolResult fonts = ExternalTool.Run("pdffonts", RenderedPdf.Render(SampleDocuments.CompletedReferral()).Path);
        Assert.Contains("DejaVuSans", fonts.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Noto", fonts.Output, StringComparison.Ordinal);
        Assert.Contains("NotoNaskhArabic", ExternalTool.Run("pdffonts", Names.Value.Path).Output, StringComparison.Ordinal);
    }

    private static IEnumerable<int[]> Words(int[] glyphs, int space)
    {
        var word = new List<int>();
        foreach (int glyph in glyphs)
        {
            if (glyph == space)
            {
                if (word.Count > 0)
                {
                    yield return word.ToArray();
                }

                word.Clear();
            }
            else
            {
                word.Add(glyph);
            }
        }

        if (word.Count > 0)
        {
            yield return word.ToArray();
        }
    }
}
