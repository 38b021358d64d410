using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>One stacked piece of a row cell: a line of text or a line of writing space.</summary>
internal abstract class CellUnit
{
    public abstract double Height { get; }

    public abstract bool IsText { get; }

    public abstract void Draw(PageCanvas canvas, double x, double top, double width);
}
