using Marac.Forms.Pdf.Rendering;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

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

    /// <summary>Draws the line; a line of a right-to-left paragraph lines up on the right of the cell.</summary>
    public override void Draw(PageCanvas canvas, double x, double top, double width)
    {
        double start = x + Indent;
        if (Line.IsRightToLeft)
        {
            start += Math.Max(0, width - Indent - Line.Width);
        }

        canvas.DrawText(Line, start, top);
    }
}
