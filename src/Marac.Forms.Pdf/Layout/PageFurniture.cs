using System.Globalization;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Rendering;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>
/// What every page carries outside the body: the marking centred at the top and at the bottom,
/// and above the bottom marking a rule, the form name and version with "page n of m", and the
/// review or disposal notice when there is one. Drawn as artifacts, outside the structure tree.
/// </summary>
internal sealed class PageFurniture
{
    private const double RuleGap = 4;

    private readonly List<TextLine> _marking;
    private readonly List<TextLine> _footer;
    private readonly List<TextLine> _review;
    private readonly PageNumberText _numbers;
    private readonly FontSet _fonts;

    public PageFurniture(FormDocument document, FontSet fonts)
    {
        _fonts = fonts;
        _numbers = document.PageNumbers;
        PreparedText marking = TextPreparer.Prepare(document.Marking, Typography.Marking, fonts, TextSource.Wording("the protective marking"));
        _marking = LineBreaker.Break(marking, PageGeometry.ContentWidth);
        double numberWidth = PageNumber(9999, 9999).Advance.Sum(a => (double)a) + 12;
        PreparedText footer = TextPreparer.Prepare(document.FooterText, Typography.Footer, fonts, TextSource.FormWording("the footer (form name and version)"));
        _footer = LineBreaker.Break(footer, PageGeometry.ContentWidth - numberWidth);
        _review = document.ReviewNotice is { Length: > 0 } notice
            ? LineBreaker.Break(TextPreparer.Prepare(notice, Typography.Footer, fonts, TextSource.Wording("the review notice")), PageGeometry.ContentWidth)
            : [];
        BodyTop = PageGeometry.MarginTop + Height(_marking) + PageGeometry.FurnitureGap;
        BodyBottom = PageGeometry.Height - PageGeometry.MarginBottom - Height(_marking) - Height(_footer) - Height(_review) - (2 * RuleGap) - PageGeometry.FurnitureGap;
    }

    /// <summary>Top of the body area.</summary>
    public double BodyTop { get; }

    /// <summary>Bottom of the body area.</summary>
    public double BodyBottom { get; }

    /// <summary>The marking lines, for tests and fingerprints.</summary>
    public IReadOnlyList<TextLine> MarkingLines => _marking;

    /// <summary>Draws the furniture; the caller has opened an artifact.</summary>
    public void Draw(PageCanvas canvas, int pageNumber, int pageCount)
    {
        double y = PageGeometry.MarginTop;
        foreach (TextLine line in _marking)
        {
            canvas.DrawText(line, PageGeometry.ContentLeft + ((PageGeometry.ContentWidth - line.Width) / 2), y);
            y += line.Source.Format.LineHeight;
        }

        y = PageGeometry.Height - PageGeometry.MarginBottom - Height(_marking) - Height(_review) - Height(_footer) - RuleGap;
        canvas.StrokeLine(PageGeometry.ContentLeft, y, PageGeometry.ContentRight, y, 0.5, 0.4);
        y += RuleGap;
        PreparedText number = PageNumber(pageNumber, pageCount);
        var numberLine = new TextLine(number, 0, number.Text.Length, number.Width(0, number.Text.Length));
        canvas.DrawText(numberLine, PageGeometry.ContentRight - numberLine.Width, y);
        foreach (TextLine line in _footer.Concat(_review))
        {
            canvas.DrawText(line, PageGeometry.ContentLeft, y);
            y += line.Source.Format.LineHeight;
        }

        y += RuleGap;
        foreach (TextLine line in _marking)
        {
            canvas.DrawText(line, PageGeometry.ContentLeft + ((PageGeometry.ContentWidth - line.Width) / 2), y);
            y += line.Source.Format.LineHeight;
        }
    }

    private PreparedText PageNumber(int page, int count) => TextPreparer.Prepare(
        _numbers.Before + page.ToString(CultureInfo.InvariantCulture) + _numbers.Between + count.ToString(CultureInfo.InvariantCulture),
        Typography.Footer,
        _fonts,
        TextSource.Wording("the page numbers"));

    private static double Height(List<TextLine> lines) => lines.Sum(l => l.Source.Format.LineHeight);
}
