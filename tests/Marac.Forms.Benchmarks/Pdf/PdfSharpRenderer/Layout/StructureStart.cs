namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>Opens a structure element that encloses the following flow items.</summary>
internal sealed class StructureStart : FlowItem
{
    public StructureStart(StructureTag tag) => Tag = tag;

    public StructureTag Tag { get; }
}
