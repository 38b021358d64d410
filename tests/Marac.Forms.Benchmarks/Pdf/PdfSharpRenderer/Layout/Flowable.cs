using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A horizontal slice of the page flow with a fixed height, placed by the paginator.</summary>
internal abstract class Flowable : FlowItem
{
    /// <summary>Height in points.</summary>
    public abstract double Height { get; }

    /// <summary>True when this must be on the same page as the next flowable (labels with values, headings with content, groups).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>True for vertical space that is dropped when it would open a page.</summary>
    public virtual bool IsDiscardableAtPageTop => false;

    /// <summary>A table's header row, repeated at the top of each page this flowable continues onto; otherwise null.</summary>
    public Flowable? RepeatedHeader { get; set; }

    /// <summary>
    /// Splits this flowable so the first part is at most <paramref name="available"/> high.
    /// Returns null when it cannot be split or no part fits.
    /// </summary>
    public virtual (Flowable Head, Flowable Tail)? Split(double available) => null;

    /// <summary>
    /// Draws rules, frames and shading. Called for every flowable of a page inside one artifact,
    /// before any content, so decoration never interrupts the tagged text.
    /// </summary>
    public virtual void DrawDecoration(PageCanvas canvas, double top)
    {
    }

    /// <summary>Draws the text content with its top edge at <paramref name="top"/>.</summary>
    public abstract void Draw(PageCanvas canvas, double top);
}
