using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Every sample case and every blank form opens in three independent readers (qpdf, poppler, MuPDF) with no error and no warning.</summary>
public sealed class ThreeReadersTests
{
    [ConformanceFact(PdfTools.Qpdf, PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.PdfToPpm, PdfTools.Mutool)]
    public void Every_sample_and_blank_form_opens_cleanly_in_qpdf_poppler_and_mutool()
    {
        var documents = SampleFiles.All()
            .Concat(FormDefinitions.All.Select(d => ("blank " + d.Id, FormDocumentBuilder.BuildBlank(d))));
        foreach (var (name, document) in documents)
        {
            RenderedPdf pdf = RenderedPdf.Render(document);
            ToolResult check = ExternalTool.Run("qpdf", "--check", pdf.Path);
            Assert.True(check.ExitCode == 0 && check.Output.Contains("No syntax or stream encoding errors found", StringComparison.Ordinal), name + ": " + check.Output + check.Error);
            Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);

            string images = Directory.CreateTempSubdirectory("marac-readers-").FullName;
            try
            {
                AssertSilent(name, "pdfinfo", pdf.Path);
                AssertSilent(name, "pdftotext", pdf.Path, Path.Combine(images, "text.txt"));
                AssertSilent(name, "pdftoppm", "-r", "20", "-png", pdf.Path, Path.Combine(images, "poppler"));
                ToolResult mupdf = ExternalTool.Run("mutool", "draw", "-r", "20", "-o", Path.Combine(images, "mupdf-%d.png"), pdf.Path);
                Assert.True(mupdf.ExitCode == 0, name + ": mutool exited " + mupdf.ExitCode + ": " + mupdf.Error);

                // mutool reports each page it draws, and that it was built without colour management; anything else is about the file.
                string[] said = mupdf.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Where(l => !l.StartsWith("page ", StringComparison.Ordinal) && l != "warning: ICC support is not available")
                    .ToArray();
                Assert.True(said.Length == 0, name + ": mutool said: " + string.Join("\n", said));
                Assert.Equal(
                    Directory.GetFiles(images, "poppler*.png").Length,
                    Directory.GetFiles(images, "mupdf-*.png").Length);
            }
            finally
            {
                Directory.Delete(images, recursive: true);
            }
        }
    }

    private static void AssertSilent(string name, string tool, params string[] arguments)
    {
        ToolResult result = ExternalTool.Run(tool, arguments);
        Assert.True(result.ExitCode == 0, $"{name}: {tool} exited {result.ExitCode}: {result.Error}");
        Assert.True(result.Error.Trim().Length == 0, $"{name}: {tool} said: {result.Error}");
    }
}
