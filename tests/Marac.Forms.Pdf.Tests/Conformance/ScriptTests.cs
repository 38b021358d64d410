using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Scripts outside the bundled fonts: refused loudly, or drawn by a configured fallback font and extracted exactly.</summary>
public sealed class ScriptTests
{
    [Fact]
    public void A_Chinese_name_without_a_fallback_font_fails_naming_the_field()
    {
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
