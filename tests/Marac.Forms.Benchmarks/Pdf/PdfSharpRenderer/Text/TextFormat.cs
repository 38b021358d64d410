using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

/// <summary>How a piece of text is drawn.</summary>
/// <param name="Style">Regular, bold or italic.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Gray">Ink: 0 is black, towards 1 is lighter.</param>
internal readonly record struct TextFormat(FaceStyle Style, double Size, double Gray = 0)
{
    /// <summary>Baseline-to-baseline distance.</summary>
    public double LineHeight => Size * 1.25;
}
