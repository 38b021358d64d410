using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>One line of text, optionally with a vertical bar to its left that marks it as a filled-in value.</summary>
internal sealed class LineFlowable : Flowable
{
    public LineFlowable(TextLine line, double x, double? valueBarX = null)
    {
        Line = line;
        X = x;
        ValueBarX = valueBarX;
    }

    public TextLine Line { get; }

    public double X { get; }

    public double? ValueBarX { get; }

    public override double Height => Line.Source.Format.LineHeight;

    public override void DrawDecoration(PageCanvas canvas, double top)
    {
        if (ValueBarX is double bar)
        {
            canvas.StrokeLine(bar, top, bar, top + Height, 1.2, 0.55);
        }
    }

    public override void Draw(PageCanvas canvas, double top) => canvas.DrawText(Line, X, top);
}
