using Marac.Forms.TestData.Conformance;
namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>
/// Renders every document once, then has LibreOffice convert them all in two runs (to PDF, and re-saved as
/// .docx) and poppler extract the PDF text, so the conformance tests share one set of slow conversions.
/// </summary>
public sealed class LibreOfficeFixture : IDisposable
{
    private readonly Lazy<Conversions> conversions;

    public LibreOfficeFixture() => conversions = new Lazy<Conversions>(Convert);

    internal Conversions Results => conversions.Value;

    public void Dispose()
    {
        if (conversions.IsValueCreated)
        {
            try
            {
                Directory.Delete(conversions.Value.Directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private static Conversions Convert()
    {
        ExternalTools.EnsureAvailable(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo);
        var directory = Path.Combine(Path.GetTempPath(), "marac-word-conformance-" + Guid.NewGuid().ToString("N"));
        var source = Directory.CreateDirectory(Path.Combine(directory, "docx")).FullName;
        var documents = new Dictionary<string, byte[]>();
        foreach (var document in RenderedForms.All())
        {
            documents[document.Key] = document.Value;
            File.WriteAllBytes(Path.Combine(source, document.Key + ".docx"), document.Value);
        }

        // A private profile keeps this run apart from any other LibreOffice on the machine.
        var profile = "-env:UserInstallation=file://" + Path.Combine(directory, "profile");
        var inputs = documents.Keys.Select(name => Path.Combine(source, name + ".docx")).ToArray();
        var pdfDirectory = Path.Combine(directory, "pdf");
        var resavedDirectory = Path.Combine(directory, "resaved");
        var (pdfExit, pdfLog) = ExternalTools.Run(WordTools.Soffice, new[] { profile, "--headless", "--convert-to", "pdf", "--outdir", pdfDirectory }.Concat(inputs), TimeSpan.FromMinutes(5));
        var (docxExit, docxLog) = ExternalTools.Run(WordTools.Soffice, new[] { profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", resavedDirectory }.Concat(inputs), TimeSpan.FromMinutes(5));

        var text = new Dictionary<string, string>();
        var columnText = new Dictionary<string, IReadOnlyList<string>>();
        var pageCounts = new Dictionary<string, int>();
        foreach (var name in documents.Keys)
        {
            var pdf = Path.Combine(pdfDirectory, name + ".pdf");
            if (!File.Exists(pdf))
            {
                continue;
            }

            var txt = Path.Combine(pdfDirectory, name + ".txt");
            ExternalTools.Run("pdftotext", new[] { "-enc", "UTF-8", pdf, txt }, TimeSpan.FromMinutes(1));
            text[name] = File.Exists(txt) ? File.ReadAllText(txt) : string.Empty;
            if (name.StartsWith("sample-", StringComparison.Ordinal) || name.StartsWith("case-complete-", StringComparison.Ordinal) || name.StartsWith("long-answers-", StringComparison.Ordinal))
            {
                columnText[name] = TextColumns.Strips().Select(strip => ExtractStrip(pdf, strip)).ToArray();
            }

            var (_, info) = ExternalTools.Run("pdfinfo", new[] { pdf }, TimeSpan.FromMinutes(1));
            var pagesLine = info.Split('\n').FirstOrDefault(line => line.StartsWith("Pages:", StringComparison.Ordinal));
            pageCounts[name] = pagesLine is null ? 0 : int.Parse(pagesLine.Substring(6).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Conversions(directory, documents, text, columnText, pageCounts, resavedDirectory, "pdf: exit " + pdfExit + " " + pdfLog + "\ndocx: exit " + docxExit + " " + docxLog);
    }

    /// <summary>The text of one vertical strip of every page, so the lines of a table cell come out together.</summary>
    private static string ExtractStrip(string pdf, (double X, double Width) strip)
    {
        var output = pdf + "." + strip.X.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + ".txt";
        ExternalTools.Run(
            "pdftotext",
            new[] { "-enc", "UTF-8", "-x", Points(strip.X), "-y", "0", "-W", Points(strip.Width), "-H", "900", pdf, output },
            TimeSpan.FromMinutes(1));
        return File.Exists(output) ? File.ReadAllText(output) : string.Empty;
    }

    private static string Points(double value) => Math.Round(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal sealed record Conversions(
        string Directory,
        IReadOnlyDictionary<string, byte[]> Documents,
        IReadOnlyDictionary<string, string> PdfText,
        IReadOnlyDictionary<string, IReadOnlyList<string>> ColumnText,
        IReadOnlyDictionary<string, int> PageCounts,
        string ResavedDirectory,
        string Log)
    {
        internal string PdfPath(string name) => Path.Combine(Directory, "pdf", name + ".pdf");

        internal byte[] Resaved(string name)
        {
            var path = Path.Combine(ResavedDirectory, name + ".docx");
            Assert.True(File.Exists(path), "LibreOffice did not re-save " + name + ".docx. " + Log);
            return File.ReadAllBytes(path);
        }
    }
}
