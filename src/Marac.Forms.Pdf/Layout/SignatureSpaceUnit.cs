using Marac.Forms.Documents;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>The framed space to sign in, as one piece of a cell when signatures stand side by side.</summary>
internal sealed class SignatureSpaceUnit : CellUnit
{
    public static readonly SignatureSpaceUnit Instance = new();

    private SignatureSpaceUnit()
    {
    }

    public override double Height => PrintMeasures.SignatureSpaceHeight;

    public override bool IsText => false;

    public override void DrawDecoration(PageCanvas canvas, double x, double top, double width) =>
        canvas.StrokeRectangle(x, top + 2, width, Height - 4, 0.6, 0.4);
}
