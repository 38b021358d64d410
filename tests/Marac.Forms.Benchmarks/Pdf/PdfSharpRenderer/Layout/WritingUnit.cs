using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A ruled line of handwriting space in a cell.</summary>
internal sealed class WritingUnit : CellUnit
{
    public static readonly WritingUnit Instance = new();

    private WritingUnit()
    {
    }

    public override double Height => Typography.WritingLineHeight;

    public override bool IsText => false;

    public override void DrawDecoration(PageCanvas canvas, double x, double top, double width)
    {
        double y = top + Height - 3;
        canvas.StrokeLine(x, y, x + width, y, 0.5, 0.45);
    }
}
