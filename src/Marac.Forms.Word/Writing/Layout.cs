namespace Marac.Forms.Word.Writing;

/// <summary>Page and table measures, in twentieths of a point (twips) unless named otherwise.</summary>
internal static class Layout
{
    internal const int PageWidth = 11906;
    internal const int PageHeight = 16838;
    internal const int Margin = 1134;
    internal const int HeaderFooterDistance = 567;
    internal const int TextWidth = PageWidth - (2 * Margin);
    internal const int LabelColumnWidth = TextWidth * 2 / 5;
    internal const int ValueColumnWidth = TextWidth - LabelColumnWidth;

    /// <summary>The narrowest a table column of dates may be: DD/MM/YYYY on one line, or handwritten (about 2.7 cm).</summary>
    internal const int MinimumDateColumnWidth = 1530;

    /// <summary>Height of one handwritten line (about 7.5 mm).</summary>
    internal const int WritingLineHeight = 425;

    /// <summary>Row height for a signature by hand.</summary>
    internal const int SignatureHeight = 2 * WritingLineHeight;

    /// <summary>Checkbox options are drawn on one line when their labels together are at most this many characters.</summary>
    internal const int InlineOptionsMaximumLength = 48;

    internal const string CheckBoxFont = "MS Gothic";
    internal const string CheckedBox = "\u2612";
    internal const string UncheckedBox = "\u2610";
    /// <summary>The PDF's own family, so the two look alike; the font table lets a reader without it pick Arial or Liberation Sans.</summary>
    internal const string BodyFont = "DejaVu Sans";
}
