using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>One ruled line of space to write on by hand.</summary>
internal sealed class WritingLineFlowable : Flowable
{
    public WritingLineFlowable(double x, double width)
    {
        X = x;
        Width = width;
    }

    public double X { get; }

    public double Width { get; }

    public override double Height => Typography.WritingLineHeight;

    public override void DrawDecoration(PageCanvas canvas, double top)
    {
        double y = top + Height - 3;
        canvas.StrokeLine(X, y, X + Width, y, 0.5, 0.45);
    }

    public override void Draw(PageCanvas canvas, double top)
    {
    }
}
