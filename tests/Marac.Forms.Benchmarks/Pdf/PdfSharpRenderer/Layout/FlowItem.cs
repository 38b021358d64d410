namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>One element of the document flow: a piece of content with a height, or a structure marker.</summary>
internal abstract class FlowItem
{
}
