using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A line of a tick-box option in the page flow (options listed one under another).</summary>
internal sealed class OptionLineFlowable : Flowable
{
    public OptionLineFlowable(OptionLine line, double x)
    {
        Line = line;
        X = x;
    }

    public OptionLine Line { get; }

    public double X { get; }

    public override double Height => Line.Height;

    public override void Draw(PageCanvas canvas, double top) => Line.Draw(canvas, X, top);
}
