namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>What a page holds, in drawing order: a structure marker, or a flowable at a vertical position.</summary>
/// <param name="Item">A <see cref="StructureStart"/>, <see cref="StructureEnd"/> or <see cref="Flowable"/>.</param>
/// <param name="Top">The flowable's top edge; 0 for markers.</param>
/// <param name="IsRepeatedHeader">True for a table header repeated on a continuation page (drawn outside the structure tree).</param>
internal readonly record struct Placement(FlowItem Item, double Top, bool IsRepeatedHeader = false);
