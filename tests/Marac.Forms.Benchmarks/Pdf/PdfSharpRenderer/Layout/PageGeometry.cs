namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A4 portrait with print-safe margins, in points.</summary>
internal static class PageGeometry
{
    public const double Width = 595.2756;
    public const double Height = 841.8898;
    public const double MarginLeft = 51;
    public const double MarginRight = 51;
    public const double MarginTop = 34;
    public const double MarginBottom = 34;

    /// <summary>Gap between the page furniture and the body.</summary>
    public const double FurnitureGap = 12;

    public const double ContentLeft = MarginLeft;
    public const double ContentWidth = Width - MarginLeft - MarginRight;
    public const double ContentRight = ContentLeft + ContentWidth;
}
