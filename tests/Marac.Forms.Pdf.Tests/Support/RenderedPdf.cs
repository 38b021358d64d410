using System.Globalization;
using System.Text;
using Marac.Forms.Documents;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>A rendered PDF on disk, read back with poppler and qpdf.</summary>
internal sealed class RenderedPdf
{
    private readonly Lazy<string[]> _pages;

    public RenderedPdf(FormDocument document, byte[] bytes, string path)
    {
        Document = document;
        Bytes = bytes;
        Path = path;
        _pages = new Lazy<string[]>(() =>
        {
            // -raw keeps content-stream order (the reading order the renderer writes, cell by cell)
            // and does not join a word broken after a hyphen, as the default mode does.
            ToolResult result = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", Path, "-");
            Assert.True(result.ExitCode == 0, "pdftotext failed: " + result.Error);
            string[] pages = result.Output.Split('\f');
            return pages.Length > 1 && pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
        });
    }

    public FormDocument Document { get; }

    public byte[] Bytes { get; }

    public string Path { get; }

    /// <summary>pdftotext's text (raw order), one entry per page.</summary>
    public string[] Pages => _pages.Value;

    public static RenderedPdf Render(FormDocument document, PdfRenderOptions? options = null)
    {
        byte[] bytes = new PdfRenderer(options).Render(document);
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "marac-pdf-tests", Guid.NewGuid().ToString("N") + ".pdf");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return new RenderedPdf(document, bytes, path);
    }

    /// <summary>The body text of all pages, normalised, with the page furniture taken out.</summary>
    public string NormalisedBody()
    {
        var body = new StringBuilder();
        for (int p = 0; p < Pages.Length; p++)
        {
            string page = ExtractedText.Normalise(Pages[p]);
            page = page.Replace(ExtractedText.Normalise(Document.Marking), string.Empty, StringComparison.Ordinal);
            page = RemoveOnce(page, ExtractedText.Normalise(Document.FooterText));
            page = RemoveOnce(page, ExtractedText.Normalise(Document.PageNumbers.Before + (p + 1).ToString(CultureInfo.InvariantCulture) + Document.PageNumbers.Between + Pages.Length.ToString(CultureInfo.InvariantCulture)));
            if (Document.ReviewNotice is { } notice)
            {
                page = RemoveOnce(page, ExtractedText.Normalise(notice));
            }

            body.Append(page);
        }

        return body.ToString();
    }

    /// <summary>
    /// The text of one printed table column on every page, read from that strip of the body only
    /// (pdftotext -x -y -W -H), with the column header taken out. A row split across pages puts
    /// the other cells' continuations and the repeated header between a cell's two parts in the
    /// page's reading order; within its own column the cell's text is continuous.
    /// </summary>
    public string NormalisedColumn(TableBlock table, int column) =>
        NormalisedColumn(Marac.Forms.Pdf.Layout.DocumentLayouter.ColumnWidths(table.PrintedColumns), column, table.PrintedColumns[column].Header);

    /// <summary>The text of one column of a question grid, on every page, with the column's header removed.</summary>
    public string NormalisedColumn(QuestionGridBlock grid, int column) =>
        NormalisedColumn(Marac.Forms.Pdf.Layout.DocumentLayouter.GridColumnWidths(grid), column, grid.Columns[column].Header);

    private string NormalisedColumn(double[] widths, int column, string header)
    {
        var furniture = new Marac.Forms.Pdf.Layout.PageFurniture(Document, new Marac.Forms.Pdf.Fonts.FontSet(Marac.Forms.Pdf.Fonts.FontRegistry.BundledFaces, []));
        double x = Marac.Forms.Pdf.Layout.PageGeometry.ContentLeft + widths.Take(column).Sum();
        ToolResult result = ExternalTool.Run(
            "pdftotext", "-raw", "-enc", "UTF-8", "-r", "72",
            "-x", ((int)Math.Floor(x)).ToString(CultureInfo.InvariantCulture),
            "-y", ((int)Math.Floor(furniture.BodyTop)).ToString(CultureInfo.InvariantCulture),
            "-W", ((int)Math.Ceiling(widths[column])).ToString(CultureInfo.InvariantCulture),
            "-H", ((int)Math.Ceiling(furniture.BodyBottom - furniture.BodyTop)).ToString(CultureInfo.InvariantCulture),
            Path, "-");
        Assert.True(result.ExitCode == 0, "pdftotext failed: " + result.Error);
        string text = ExtractedText.Normalise(result.Output);
        return text.Replace(ExtractedText.Normalise(header), string.Empty, StringComparison.Ordinal);
    }

    private static string RemoveOnce(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        return at < 0 ? text : text.Remove(at, part.Length);
    }
}
