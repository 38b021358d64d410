using Marac.Forms.Documents;
using Marac.Forms.Pdf.Rendering;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A line of handwriting space with its small label at the start, on one line, so a blank grid row stays short.</summary>
internal sealed class LabelledWritingUnit : CellUnit
{
    private const double LabelGap = 3;

    public LabelledWritingUnit(TextLine label) => Label = label;

    public TextLine Label { get; }

    public override double Height => PrintMeasures.WritingLineHeight;

    public override bool IsText => true;

    public override void Draw(PageCanvas canvas, double x, double top, double width)
    {
        double baselineBox = top + Height - 3 - Label.Source.Format.LineHeight;
        canvas.DrawText(Label, x, baselineBox);
    }

    public override void DrawDecoration(PageCanvas canvas, double x, double top, double width)
    {
        double y = top + Height - 3;
        canvas.StrokeLine(x + Label.Width + LabelGap, y, x + width, y, 0.5, 0.45);
    }
}
