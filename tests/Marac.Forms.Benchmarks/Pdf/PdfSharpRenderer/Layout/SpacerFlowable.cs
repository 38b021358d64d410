using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>Empty vertical space between blocks; it travels with what follows and is dropped at the top of a page.</summary>
internal sealed class SpacerFlowable : Flowable
{
    public SpacerFlowable(double height)
    {
        Height = height;
        KeepWithNext = true;
    }

    public override double Height { get; }

    public override bool IsDiscardableAtPageTop => true;

    public override void Draw(PageCanvas canvas, double top)
    {
    }
}
