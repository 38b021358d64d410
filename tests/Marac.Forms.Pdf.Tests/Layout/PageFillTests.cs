using System.Globalization;
using System.Text.RegularExpressions;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Layout;

/// <summary>
/// No paper wasted (issue 14): on the sample case and the blank forms, every page but the last is at least two-thirds
/// full, measured from the words poppler finds on the page between the marking and the footer.
/// </summary>
public sealed partial class PageFillTests(LaidOutForms forms) : IClassFixture<LaidOutForms>
{
    // The body lies between the top marking and the footer: the edge margin, then a marking line, at either end.
    private const double BodyTop = PrintMeasures.EdgeMargin + 2 * PrintMeasures.MarkingSize;
    private const double BodyBottom = PrintMeasures.PageHeight - PrintMeasures.EdgeMargin - 5 * PrintMeasures.FooterSize;

    [GeneratedRegex("<page |yMax=\"([0-9.]+)\"")]
    private static partial Regex PagesAndWordBottoms();

    [ConformanceFact(PdfTools.PdfToText)]
    public void Every_page_but_the_last_is_at_least_two_thirds_full()
    {
        var underfilled = new List<string>();
        foreach (LaidOutForm form in forms.All)
        {
            ToolResult boxes = ExternalTool.Run(PdfTools.PdfToText, "-bbox", form.Path, "-");
            Assert.True(boxes.ExitCode == 0, boxes.Error);

            var lowest = new List<double>();
            foreach (Match match in PagesAndWordBottoms().Matches(boxes.Output))
            {
                if (!match.Groups[1].Success)
                {
                    lowest.Add(BodyTop);
                    continue;
                }

                double bottom = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (bottom < BodyBottom)
                {
                    lowest[^1] = Math.Max(lowest[^1], bottom);
                }
            }

            Assert.Equal(form.Pages, lowest.Count);
            for (int page = 0; page < lowest.Count - 1; page++)
            {
                double fill = (lowest[page] - BodyTop) / (BodyBottom - BodyTop);
                if (fill < 2.0 / 3)
                {
                    underfilled.Add($"{form.Name} page {page + 1}: {fill:P0} full");
                }
            }
        }

        Assert.True(underfilled.Count == 0, string.Join("; ", underfilled));
    }
}
