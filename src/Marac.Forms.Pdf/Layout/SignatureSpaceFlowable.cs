using Marac.Forms.Documents;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>A framed space to sign by hand (decoration only: the wording around it comes from the form).</summary>
internal sealed class SignatureSpaceFlowable : Flowable
{
    public override double Height => PrintMeasures.SignatureSpaceHeight;

    public override void DrawDecoration(PageCanvas canvas, double top) =>
        canvas.StrokeRectangle(PageGeometry.ContentLeft, top + 2, PageGeometry.ContentWidth * 0.6, Height - 4, 0.6, 0.4);

    public override void Draw(PageCanvas canvas, double top)
    {
    }
}
