using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Scripts outside the bundled font: refused loudly, or drawn by a configured fallback font and extracted exactly.</summary>
public sealed class ScriptTests
{
    [Fact]
    public void An_Arabic_name_fails_rendering_with_the_documented_error_even_with_fallback_fonts()
    {
        Licensing.Accept();
        var document = SampleDocuments.CompletedReferral(extraNames: ["Layla Haddad", FictionalPeople.ArabicName]);
        var options = new PdfRenderOptions
        {
            FallbackFonts = [PdfFallbackFont.FromBytes("DejaVu Sans as fallback", Marac.Forms.Pdf.Fonts.FontRegistry.BundledFaces.Regular.Bytes)],
        };
        var error = Assert.Throws<PdfUnprintableTextException>(() => new PdfRenderer(options).Render(document));
        Assert.Equal("others[1].name", error.FieldPath);
        Assert.Equal(0x0641, error.CodePoint);
        Assert.Contains("right to left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Chinese_name_without_a_fallback_font_fails_naming_the_field()
    {
        Licensing.Accept();
        var document = SampleDocuments.CompletedReferral(extraNames: [FictionalPeople.ChineseName]);
        var error = Assert.Throws<PdfUnprintableTextException>(() => new PdfRenderer().Render(document));
        Assert.Equal("others[0].name", error.FieldPath);
    }

    [TestFontsFact]
    public void A_Chinese_name_is_drawn_by_a_configured_fallback_font_and_recovered_exactly()
    {
        var options = new PdfRenderOptions { FallbackFonts = [PdfFallbackFont.FromFile(TestFonts.DroidSansFallback)] };
        string mixed = "Wang " + FictionalPeople.ChineseName + " (Łucja)";
        RenderedPdf pdf = RenderedPdf.Render(SampleDocuments.CompletedReferral(extraNames: [mixed]), options);
        Assert.Contains(pdf.Pages.SelectMany(p => p.Split('\n')), l => l.Trim().EndsWith(mixed, StringComparison.Ordinal));
        if (ExternalTools.MissingReason(new[] { PdfTools.Qpdf }) is null)
        {
            ToolResult check = ExternalTool.Run("qpdf", "--check", pdf.Path);
            Assert.True(check.ExitCode == 0 && !check.Output.Contains("WARNING", StringComparison.Ordinal), check.Output + check.Error);
        }

        ToolResult fonts = ExternalTool.Run("pdffonts", pdf.Path);
        Assert.Contains("DroidSansFallback", fonts.Output.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }
}
