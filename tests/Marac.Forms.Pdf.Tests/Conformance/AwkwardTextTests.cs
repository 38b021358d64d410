using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Text that looks like PDF syntax must not confuse the finishing pass that rewrites the file.</summary>
public sealed class AwkwardTextTests
{
    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Names_and_values_that_look_like_pdf_syntax_survive_the_rewrite()
    {
        const string name = "Referral (local) >> stream endobj \\ trailer /ID[<00><00>] /BaseFont/ABCDEF+Font uuid:12345678-1234-1234-1234-123456789abc %%EOF";
        const string value = "startxref 0 obj << /Length 999 >> stream\nendstream (unbalanced ( \\) /AAAAAA+Font uuid:00000000-0000-0000-0000-000000000000";
        var document = new FormDocument(
            new FormIdentity("awkward", name, "2.0", "cy-GB"),
            "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE",
            null,
            isBlank: false,
            [new DocumentSection("s", "Adran 1", [SampleDocuments.Field("notes", "Nodiadau", value, FieldKind.MultiLine)])]);
        RenderedPdf pdf = RenderedPdf.Render(document);
        ToolResult check = ExternalTool.Run("qpdf", "--check", pdf.Path);
        Assert.True(check.ExitCode == 0 && !check.Output.Contains("WARNING", StringComparison.Ordinal), check.Output + check.Error);
        ToolResult info = ExternalTool.Run("pdfinfo", pdf.Path);
        Assert.Contains("Title:           " + name + "\n", info.Output, StringComparison.Ordinal);
        Assert.Contains(ExtractedText.Normalise(value), pdf.NormalisedBody(), StringComparison.Ordinal);
        Assert.Contains("uuid:12345678-1234-1234-1234-123456789abc", ExternalTool.Run("pdfinfo", "-meta", pdf.Path).Output, StringComparison.Ordinal);
        Assert.Contains("/Lang(cy-GB)", System.Text.Encoding.Latin1.GetString(pdf.Bytes), StringComparison.Ordinal);
    }
}
