using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A horizontal rule across the body, drawn as decoration.</summary>
internal sealed class RuleFlowable : Flowable
{
    public RuleFlowable(double height, double thickness, double gray)
    {
        Height = height;
        Thickness = thickness;
        Gray = gray;
    }

    public override double Height { get; }

    public double Thickness { get; }

    public double Gray { get; }

    public override void DrawDecoration(PageCanvas canvas, double top)
    {
        double y = top + (Height / 2);
        canvas.StrokeLine(PageGeometry.ContentLeft, y, PageGeometry.ContentRight, y, Thickness, Gray);
    }

    public override void Draw(PageCanvas canvas, double top)
    {
    }
}
