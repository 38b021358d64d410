namespace Marac.Forms.Pdf.Fonts;

/// <summary>The three bundled DejaVu Sans faces, which draw Latin, Greek and Cyrillic text, tick boxes and most symbols.</summary>
/// <param name="Regular">DejaVu Sans.</param>
/// <param name="Bold">DejaVu Sans Bold.</param>
/// <param name="Italic">DejaVu Sans Oblique.</param>
internal sealed record BundledFaces(FontFace Regular, FontFace Bold, FontFace Italic)
{
    /// <summary>The face for a style.</summary>
    public FontFace For(FaceStyle style) => style switch
    {
        FaceStyle.Bold => Bold,
        FaceStyle.Italic => Italic,
        _ => Regular,
    };
}
