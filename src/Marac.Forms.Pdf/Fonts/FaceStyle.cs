namespace Marac.Forms.Pdf.Fonts;

/// <summary>The three faces of the bundled family.</summary>
internal enum FaceStyle
{
    Regular,
    Bold,
    Italic,
}
