using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Cli.Tests;

/// <summary>
/// The PDF and the Word document of every form take the same number of pages, give or take one, once a real word
/// processor (LibreOffice) lays the Word document out: both renderers draw from one FormDocument with one set of
/// print measures.
/// </summary>
public sealed class WordAndPdfPageCountTests(DemoOutputFixture demo) : IClassFixture<DemoOutputFixture>, IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("marac-pages-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [ConformanceFact("soffice", "pdfinfo")]
    public void Every_completed_and_blank_form_takes_within_one_page_in_Word_of_its_PDF()
    {
        Assert.True(demo.Run.ExitCode == 0, demo.Run.All);
        var blanks = Path.Combine(temp, "blank");
        foreach (var form in new[] { "referral", "dash", "sharing-without-consent", "disclosure" })
        {
            var run = CliRun.Of("blank", form, "--format", "pdf,docx", "--out", blanks);
            Assert.True(run.ExitCode == 0, run.All);
        }

        var pdfs = Directory.GetFiles(demo.Directory, "*.pdf").Concat(Directory.GetFiles(blanks, "*.pdf")).ToList();
        var converted = Path.Combine(temp, "from-word");
        ExternalTools.LibreOfficeConvert(pdfs.Select(p => Path.ChangeExtension(p, ".docx")), "pdf", converted);

        Assert.Equal(9, pdfs.Count);
        var apart = new List<string>();
        foreach (var pdf in pdfs)
        {
            int direct = Pages(pdf);
            int viaWord = Pages(Path.Combine(converted, Path.GetFileName(pdf)));
            if (Math.Abs(direct - viaWord) > 1)
            {
                apart.Add(Path.GetFileNameWithoutExtension(pdf) + ": PDF " + direct + ", Word " + viaWord);
            }
        }

        Assert.True(apart.Count == 0, string.Join("; ", apart));
    }

    private static int Pages(string pdf)
    {
        var (code, output) = ExternalTools.Run("pdfinfo", new[] { pdf }, TimeSpan.FromMinutes(1));
        Assert.True(code == 0, output);
        var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line.Substring("Pages:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
