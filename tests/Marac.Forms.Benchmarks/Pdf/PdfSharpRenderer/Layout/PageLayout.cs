namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>One page's content in drawing order.</summary>
internal sealed class PageLayout
{
    public List<Placement> Placements { get; } = [];

    /// <summary>True when no flowable has been placed yet.</summary>
    public bool IsEmpty { get; set; } = true;
}
