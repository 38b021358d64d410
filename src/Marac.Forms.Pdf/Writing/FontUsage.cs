using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Writing;

/// <summary>What one document draws with one face: its resource name and object number, the glyphs used and the text each glyph stands for in the ToUnicode map.</summary>
internal sealed class FontUsage
{
    public FontUsage(FontFace face, string resourceName, int objectNumber)
    {
        Face = face;
        ResourceName = resourceName;
        ObjectNumber = objectNumber;
        Used = new bool[face.Metrics.GlyphCount];
        TextOfGlyph = new string?[face.Metrics.GlyphCount];
    }

    public FontFace Face { get; }

    /// <summary>"F1", "F2"...: the name in the pages' font resources.</summary>
    public string ResourceName { get; }

    /// <summary>The Type 0 font object.</summary>
    public int ObjectNumber { get; }

    /// <summary>Glyph ids drawn.</summary>
    public bool[] Used { get; }

    /// <summary>For each glyph drawn, the text its ToUnicode entry gives.</summary>
    public string?[] TextOfGlyph { get; }

    /// <summary>Records that the glyph is drawn, with no text of its own (part of a cluster drawn with several glyphs).</summary>
    public void Use(int glyph)
    {
        if (glyph < Used.Length)
        {
            Used[glyph] = true;
        }
    }

    /// <summary>Records that the glyph is drawn for <paramref name="text"/>; false when its ToUnicode entry already says something else.</summary>
    public bool Use(int glyph, string text) => Use(glyph, text, 0, text.Length);

    /// <summary>
    /// Records that the glyph is drawn for text[start..start+length). Returns false when the
    /// glyph's ToUnicode entry already says something else, so the caller must give the text
    /// another way (ActualText).
    /// </summary>
    public bool Use(int glyph, string text, int start, int length)
    {
        if (glyph >= Used.Length)
        {
            return false;
        }

        Used[glyph] = true;
        string? known = TextOfGlyph[glyph];
        if (known is null)
        {
            TextOfGlyph[glyph] = text.Substring(start, length);
            return true;
        }

        return known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0;
    }
}
