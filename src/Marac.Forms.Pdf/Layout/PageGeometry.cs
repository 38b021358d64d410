using Marac.Forms.Documents;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A4 portrait with print-safe margins, in points.</summary>
internal static class PageGeometry
{
    public const double Width = PrintMeasures.PageWidth;
    public const double Height = PrintMeasures.PageHeight;
    public const double MarginLeft = PrintMeasures.SideMargin;
    public const double MarginRight = PrintMeasures.SideMargin;
    public const double MarginTop = PrintMeasures.EdgeMargin;
    public const double MarginBottom = PrintMeasures.EdgeMargin;

    /// <summary>Gap between the page furniture and the body.</summary>
    public const double FurnitureGap = 12;

    public const double ContentLeft = MarginLeft;
    public const double ContentWidth = Width - MarginLeft - MarginRight;
    public const double ContentRight = ContentLeft + ContentWidth;
}
