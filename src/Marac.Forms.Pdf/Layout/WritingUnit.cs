using Marac.Forms.Documents;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A ruled line of space in a cell, to write on by hand or left empty by the person who completed the form.</summary>
internal sealed class WritingUnit : CellUnit
{
    /// <summary>A line to write on by hand, on a blank form.</summary>
    public static readonly WritingUnit Handwriting = new(PrintMeasures.WritingLineHeight);

    /// <summary>
    /// A line to write on under the small label of one part of a stacked table cell: the label sits just above it,
    /// so the space for the pen starts at the label rather than a full line lower.
    /// </summary>
    public static readonly WritingUnit UnderPartLabel = new(Typography.PartWritingLineHeight);

    /// <summary>An unanswered question on a completed form: one line of text high.</summary>
    public static readonly WritingUnit EmptyAnswer = new(Typography.EmptyAnswerLineHeight);

    private WritingUnit(double height) => Height = height;

    public override double Height { get; }

    public override bool IsText => false;

    public override void DrawDecoration(PageCanvas canvas, double x, double top, double width)
    {
        double y = top + Height - 3;
        canvas.StrokeLine(x, y, x + width, y, 0.5, 0.45);
    }
}
