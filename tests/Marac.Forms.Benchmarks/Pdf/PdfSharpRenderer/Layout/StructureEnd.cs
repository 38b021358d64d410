namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>Closes the innermost open structure element.</summary>
internal sealed class StructureEnd : FlowItem
{
    public static readonly StructureEnd Instance = new();

    private StructureEnd()
    {
    }
}
