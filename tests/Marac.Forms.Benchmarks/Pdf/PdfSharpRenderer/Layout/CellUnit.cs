using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>One stacked piece of a row cell: a line of text or a line of writing space.</summary>
internal abstract class CellUnit
{
    public abstract double Height { get; }

    public abstract bool IsText { get; }

    /// <summary>Draws rules (inside the page's decoration artifact).</summary>
    public virtual void DrawDecoration(PageCanvas canvas, double x, double top, double width)
    {
    }

    /// <summary>Draws text.</summary>
    public virtual void Draw(PageCanvas canvas, double x, double top, double width)
    {
    }
}
