namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>The three faces of the bundled family.</summary>
internal enum FaceStyle
{
    Regular,
    Bold,
    Italic,
}
