using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Whether a row may break across pages. A row that may not ("can't split") moves whole to the next page, as the PDF
/// keeps a row whole; but Word clips such a row when it is taller than a page, so a row whose text could fill more
/// than about half a page stays free to break and nothing of a long answer is hidden.
/// </summary>
internal static class RowBreaking
{
    /// <summary>A generous average advance of DejaVu Sans, as a share of the type size.</summary>
    private const double AverageAdvance = 0.6;

    private const double LineSpacing = 1.25;

    /// <summary>About half the height of the body of an A4 page between the marking and the footer, in points.</summary>
    private const double HalfPage = 350;

    /// <summary>True when <paramref name="text"/> set in a column <paramref name="widthTwips"/> wide might be taller than half a page.</summary>
    internal static bool MayBeLong(string? text, int widthTwips)
    {
        if (text is null)
        {
            return false;
        }

        double charactersPerLine = Math.Max(1, widthTwips / 20.0 / (PrintMeasures.BodySize * AverageAdvance));
        double lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += Math.Max(1, Math.Ceiling(paragraph.Length / charactersPerLine));
            if (lines * PrintMeasures.BodySize * LineSpacing > HalfPage)
            {
                return true;
            }
        }

        return false;
    }
}
