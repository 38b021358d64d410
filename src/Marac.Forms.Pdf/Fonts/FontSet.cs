using System.Globalization;
using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>
/// The faces one rendering may draw with, by face index: 0 is DejaVu Sans in the text's style,
/// 1 to 6 the Noto family of each <see cref="ScriptFamily"/>, and after them the configured
/// fallbacks in order. Noto faces are read only when a character of their script is looked up.
/// </summary>
internal sealed class FontSet
{
    private const int FirstFallback = 1 + ScriptFamilies.Count;

    public FontSet(BundledFaces bundled, IReadOnlyList<FontFace> fallbacks)
    {
        Bundled = bundled;
        Fallbacks = fallbacks;
    }

    /// <summary>The bundled DejaVu Sans faces.</summary>
    public BundledFaces Bundled { get; }

    /// <summary>Fallback faces, tried in order for characters no bundled face has.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; }

    /// <summary>The words this rendering has shaped.</summary>
    public ShapingCache Shaping { get; } = new();

    /// <summary>The face for a face index.</summary>
    public FontFace Face(FaceStyle style, int faceIndex) => faceIndex switch
    {
        0 => Bundled.For(style),
        < FirstFallback => FontRegistry.ScriptFace((ScriptFamily)(faceIndex - 1), style),
        _ => Fallbacks[faceIndex - FirstFallback],
    };

    /// <summary>
    /// The index of the face that draws the character, or -1 when none can. A character of a
    /// script with a Noto family is drawn by that family; a mark, digit, space or punctuation mark
    /// stays in the face of the character before it (<paramref name="previousFace"/>, -1 at the
    /// start) when that face has it, so a word is not split between fonts; anything else is drawn
    /// by DejaVu Sans or the first fallback that has it.
    /// </summary>
    public int FindFace(FaceStyle style, int codePoint, int previousFace)
    {
        if (ScriptFamilies.Of(codePoint) is { } family && FontRegistry.ScriptFace(family, style).Metrics.HasGlyph(codePoint))
        {
            return 1 + (int)family;
        }

        if (previousFace > 0 && !IsLetter(codePoint) && Face(style, previousFace).Metrics.HasGlyph(codePoint))
        {
            return previousFace;
        }

        if (Bundled.For(style).Metrics.HasGlyph(codePoint))
        {
            return 0;
        }

        for (int i = 0; i < Fallbacks.Count; i++)
        {
            if (Fallbacks[i].Metrics.HasGlyph(codePoint))
            {
                return FirstFallback + i;
            }
        }

        return -1;
    }

    private static bool IsLetter(int codePoint) => Category(codePoint) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        _ => false,
    };

    private static UnicodeCategory Category(int codePoint) => codePoint < 0x10000
        ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint)
        : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
}
