using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>One ruled line of space to write on by hand.</summary>
internal sealed class WritingLineFlowable : Flowable
{
    public WritingLineFlowable(double x, double width, double height)
    {
        X = x;
        Width = width;
        Height = height;
    }

    public double X { get; }

    public double Width { get; }

    public override double Height { get; }

    public override void DrawDecoration(PageCanvas canvas, double top)
    {
        double y = top + Height - 3;
        canvas.StrokeLine(X, y, X + Width, y, 0.5, 0.45);
    }

    public override void Draw(PageCanvas canvas, double top)
    {
    }
}
