using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A line of a tick-box option in a cell (options set out in columns).</summary>
internal sealed class OptionUnit : CellUnit
{
    public OptionUnit(OptionLine line) => Line = line;

    public OptionLine Line { get; }

    public override double Height => Line.Height;

    public override bool IsText => true;

    public override void Draw(PageCanvas canvas, double x, double top, double width) => Line.Draw(canvas, x, top);
}
