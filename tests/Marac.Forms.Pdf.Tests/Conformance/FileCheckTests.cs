using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>qpdf and pdfinfo on the rendered files: clean structure, no personal data in metadata, tagging, determinism.</summary>
public sealed class FileCheckTests : IClassFixture<RenderedSamples>
{
    private readonly RenderedSamples _samples;

    public FileCheckTests(RenderedSamples samples) => _samples = samples;

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Qpdf_check_passes_with_no_warnings_on_every_output()
    {
        foreach (RenderedPdf pdf in _samples.All)
        {
            ToolResult check = ExternalTool.Run("qpdf", "--check", pdf.Path);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
            Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("No syntax or stream encoding errors found", check.Output, StringComparison.Ordinal);
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Streams_are_compressed()
    {
        ToolResult json = ExternalTool.Run("qpdf", "--show-npages", _samples.LongComment.Path);
        Assert.Equal(0, json.ExitCode);
        string raw = System.Text.Encoding.Latin1.GetString(_samples.LongComment.Bytes);
        int streams = raw.Split("\nstream\n").Length - 1;
        int flate = raw.Split("/Filter/FlateDecode").Length - 1;
        Assert.True(streams > 10);
        Assert.True(flate >= streams - 2, $"{flate} of {streams} streams compressed (only the XMP metadata and tiny streams may stay plain).");
        Assert.True(_samples.LongComment.Bytes.Length < 400_000, "Size " + _samples.LongComment.Bytes.Length);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Metadata_holds_the_form_name_only_and_no_personal_data()
    {
        foreach (RenderedPdf pdf in _samples.All)
        {
            ToolResult info = ExternalTool.Run("pdfinfo", "-isodates", pdf.Path);
            ToolResult xmp = ExternalTool.Run("pdfinfo", "-meta", pdf.Path);
            Assert.Equal(0, info.ExitCode);
            Assert.Contains("Title:           MARAC referral\n", info.Output, StringComparison.Ordinal);
            Assert.Contains("CreationDate:    2000-01-01T00:00:00Z", info.Output, StringComparison.Ordinal);
            Assert.Contains("Tagged:          yes", info.Output, StringComparison.Ordinal);
            Assert.Contains("<dc:title>", xmp.Output, StringComparison.Ordinal);
            string metadata = info.Output + xmp.Output;
            foreach (var (path, value) in DocumentValues.Populated(pdf.Document))
            {
                foreach (string part in value.Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 4 && p != "\u2612"))
                {
                    Assert.False(metadata.Contains(part, StringComparison.Ordinal), $"Metadata contains '{part}' from {path}.");
                }
            }

            Assert.DoesNotContain("Author:", info.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Subject:", info.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Keywords:", info.Output, StringComparison.Ordinal);
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void The_structure_tree_has_headings_paragraphs_and_tables_and_the_document_language()
    {
        ToolResult structure = ExternalTool.Run("pdfinfo", "-struct", _samples.Referral.Path);
        Assert.Equal(0, structure.ExitCode);
        foreach (string tag in new[] { "Document", "H1", "H2", "H3", "Sect", "P", "Table", "Caption", "TR", "TH", "TD" })
        {
            Assert.Contains(tag, structure.Output.Split('\n').Select(l => l.Trim().Split(' ')[0]));
        }

        Assert.Contains("/Lang(en-GB)", System.Text.Encoding.Latin1.GetString(_samples.Referral.Bytes), StringComparison.Ordinal);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void The_same_document_gives_the_same_bytes_and_a_different_one_a_different_file_id()
    {
        var renderer = new PdfRenderer();
        byte[] first = renderer.Render(SampleDocuments.CompletedReferral());
        byte[] second = renderer.Render(SampleDocuments.CompletedReferral());
        byte[] other = renderer.Render(SampleDocuments.CompletedReferral(childCount: 11));
        Assert.Equal(first, second);
        Assert.NotEqual(FileId(first), FileId(other));
    }

    private static string FileId(byte[] pdf)
    {
        string text = System.Text.Encoding.Latin1.GetString(pdf);
        int at = text.LastIndexOf("/ID[<", StringComparison.Ordinal);
        return text.Substring(at, 40);
    }
}
