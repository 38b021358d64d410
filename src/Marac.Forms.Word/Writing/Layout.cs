using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Page and table measures, in twentieths of a point (twips) unless named otherwise, from the
/// <see cref="PrintMeasures"/> the PDF is drawn with.
/// </summary>
internal static class Layout
{
    internal const int PageWidth = (int)((PrintMeasures.PageWidth * 20) + 0.5);
    internal const int PageHeight = (int)((PrintMeasures.PageHeight * 20) + 0.5);
    internal const int SideMargin = (int)(PrintMeasures.SideMargin * 20);

    /// <summary>The top and bottom margins, to the body: the marking and the footer sit between them and the edge.</summary>
    internal const int TopAndBottomMargin = 1134;
    internal const int HeaderFooterDistance = (int)(PrintMeasures.EdgeMargin * 20);
    internal const int TextWidth = PageWidth - (2 * SideMargin);
    internal const int LabelColumnWidth = (int)(TextWidth * PrintMeasures.LabelColumnShare);
    internal const int ValueColumnWidth = TextWidth - LabelColumnWidth;

    /// <summary>The space between a cell's border and its text, left and right.</summary>
    internal const int CellSideMargin = 85;

    /// <summary>The narrowest a table column of dates may be: DD/MM/YYYY on one line, or handwritten (about 2.7 cm).</summary>
    internal const int MinimumDateColumnWidth = 1530;

    /// <summary>Height of one handwritten line.</summary>
    internal const int WritingLineHeight = (int)(PrintMeasures.WritingLineHeight * 20);

    /// <summary>Row height for a signature by hand.</summary>
    internal const int SignatureHeight = (int)(PrintMeasures.SignatureSpaceHeight * 20);

    /// <summary>Side margin of a narrow cell such as a question number's (Word's default is 108 twips).</summary>
    internal const int NarrowCellMargin = 30;

    internal const string CheckBoxFont = "MS Gothic";
    internal const string CheckedBox = "\u2612";
    internal const string UncheckedBox = "\u2610";
    /// <summary>The PDF's own family, so the two look alike; the font table lets a reader without it pick Arial or Liberation Sans.</summary>
    internal const string BodyFont = "DejaVu Sans";
}
