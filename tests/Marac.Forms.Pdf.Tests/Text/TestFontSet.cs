using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Tests.Text;

internal static class TestFontSet
{
    public static readonly FontSet Bundled = new(FontRegistry.BundledFaces, []);
}
