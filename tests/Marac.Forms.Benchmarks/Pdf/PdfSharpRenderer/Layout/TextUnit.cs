using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A line of text in a cell, optionally indented (continuation lines of a ticked option hang under its label).</summary>
internal sealed class TextUnit : CellUnit
{
    public TextUnit(TextLine line, double indent = 0)
    {
        Line = line;
        Indent = indent;
    }

    public TextLine Line { get; }

    public double Indent { get; }

    public override double Height => Line.Source.Format.LineHeight;

    public override bool IsText => true;

    public override void Draw(PageCanvas canvas, double x, double top, double width) => canvas.DrawText(Line, x + Indent, top);
}
