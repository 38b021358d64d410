using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>
/// The glyphs drawn, not the text layer: for every word of every value, the glyph ids in the
/// content stream (read back through qpdf) must be the ones DejaVu Sans's own character map gives
/// each character (looked up by HarfBuzz, not by the renderer's reader). A wrong glyph fails here
/// even when ToUnicode would extract the right text.
/// </summary>
public sealed class DrawnGlyphTests
{
    private const string Regular = "DejaVuSans";

    [ConformanceFact(PdfTools.Qpdf)]
    public void Every_character_of_every_sample_is_drawn_with_the_glyph_the_font_maps_it_to()
    {
        foreach (var (name, document) in SampleFiles.All())
        {
            AssertValuesDrawnAsMapped(name, document);
        }
    }

    [ConformanceFact(PdfTools.Qpdf)]
    public void Names_in_Polish_Turkish_Welsh_Vietnamese_Greek_and_Cyrillic_precomposed_or_decomposed_are_drawn_as_written()
    {
        FormDocument document = SampleDocuments.CompletedReferral(extraNames: [.. FictionalPeople.Names, .. FictionalPeople.DecomposedNames]);
        AssertValuesDrawnAsMapped("names fixture", document);
    }

    [ConformanceFact(PdfTools.Qpdf)]
    public void A_different_letter_is_not_mistaken_for_the_right_one()
    {
        RenderedPdf pdf = RenderedPdf.Render(SampleDocuments.CompletedReferral(extraNames: ["Nguyen Thi Thuy"]));
        DrawnGlyphs drawn = DrawnGlyphs.Read(pdf.Path);
        Assert.True(drawn.Draws(Regular, Expected("Nguyen")));
        Assert.False(drawn.Draws(Regular, Expected("Nguyễn")));
    }

    private static void AssertValuesDrawnAsMapped(string name, FormDocument document)
    {
        RenderedPdf pdf = RenderedPdf.Render(document);
        DrawnGlyphs drawn = DrawnGlyphs.Read(pdf.Path);
        var wrong = new List<string>();
        foreach (var (path, value) in DocumentValues.Populated(document))
        {
            foreach (string word in value.Normalize(NormalizationForm.FormC).Split([' ', '\n', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!drawn.Draws(Regular, Expected(word)))
                {
                    wrong.Add(path + ": '" + word + "'");
                }
            }
        }

        Assert.True(wrong.Count == 0, name + ": not drawn with the font's own glyphs: " + string.Join("; ", wrong));
    }

    private static List<int> Expected(string word)
    {
        var glyphs = new List<int>();
        for (int i = 0; i < word.Length; i += char.IsSurrogatePair(word, i) ? 2 : 1)
        {
            Assert.True(ReferenceFont.Value.TryGetNominalGlyph((uint)char.ConvertToUtf32(word, i), out uint glyph), "DejaVu Sans has no glyph for " + word[i]);
            glyphs.Add((int)glyph);
        }

        return glyphs;
    }

    private static readonly Lazy<HarfBuzzSharp.Font> ReferenceFont = new(() =>
    {
        byte[] bytes = FontRegistry.BundledFaces.Regular.Bytes;
        GCHandle pinned = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pinned.AddrOfPinnedObject(), bytes.Length, MemoryMode.Duplicate);
            return new HarfBuzzSharp.Font(new Face(blob, 0));
        }
        finally
        {
            pinned.Free();
        }
    });
}
