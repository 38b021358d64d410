namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>The faces one rendering may draw with: the bundled family first, then the configured fallbacks in order.</summary>
internal sealed class FontSet
{
    public FontSet(BundledFaces bundled, IReadOnlyList<FontFace> fallbacks)
    {
        Bundled = bundled;
        Fallbacks = fallbacks;
    }

    /// <summary>The bundled faces.</summary>
    public BundledFaces Bundled { get; }

    /// <summary>Fallback faces, tried in order for characters the bundled face lacks.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; }

    /// <summary>The face for a face index: 0 is the style's bundled face, k is fallback k-1.</summary>
    public FontFace Face(FaceStyle style, int faceIndex) =>
        faceIndex == 0 ? Bundled.For(style) : Fallbacks[faceIndex - 1];

    /// <summary>The index of the first face that can draw the character in the style, or -1.</summary>
    public int FindFace(FaceStyle style, char c)
    {
        if (Bundled.For(style).Metrics.HasGlyph(c))
        {
            return 0;
        }

        for (int i = 0; i < Fallbacks.Count; i++)
        {
            if (Fallbacks[i].Metrics.HasGlyph(c))
            {
                return i + 1;
            }
        }

        return -1;
    }
}
