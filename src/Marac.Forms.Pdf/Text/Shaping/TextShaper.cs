using System.Collections.Concurrent;
using HarfBuzzSharp;
using Marac.Forms.Pdf.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>
/// Shapes runs of text with HarfBuzz: one face, one direction, one script. HarfBuzz picks the
/// glyphs (joining forms, conjuncts, reordered vowel signs, marks) and their advances and offsets.
/// Standard and contextual ligatures are turned off in the faces used for Latin, Greek and Cyrillic
/// text, so every letter of a name is drawn as its own glyph; the complex-script faces keep every
/// feature their script needs. HarfBuzz buffers come from a small shared pool.
/// </summary>
internal static class TextShaper
{
    private static readonly Feature[] NoLigatures =
    [
        new(new Tag('l', 'i', 'g', 'a'), 0),
        new(new Tag('c', 'l', 'i', 'g'), 0),
    ];

    // HarfBuzz buffers are reused; a queue rather than a bag, because a bag takes a lock to hand
    // out its last item, which with one rendering thread is every time.
    private static readonly ConcurrentQueue<Buffer> Buffers = new();

    /// <summary>
    /// Shapes a run text[start..end) of one face and direction in its paragraph
    /// text[contextStart..contextEnd), once per document (once per process for the form's own
    /// wording, <paramref name="formWording"/>): a run met again in the same paragraph text takes the
    /// glyphs shaped the first time. Returns them in visual order; clusters are indices into the text.
    /// </summary>
    /// <remarks>
    /// Runs are cached whole rather than word by word: with kerning, HarfBuzz marks nearly every word's
    /// edge unsafe to join, so words shaped apart would have to be shaped again as a run anyway.
    /// </remarks>
    public static ShapedGlyph[] ShapeRun(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures, ShapingCache cache, bool formWording)
    {
        string context = contextStart == 0 && contextEnd == text.Length ? text : text.Substring(contextStart, contextEnd - contextStart);
        int runStart = start - contextStart;
        int runEnd = end - contextStart;
        ShapedGlyph[]? glyphs = cache.Find(face, rightToLeft, keepLigatures, context, runStart, runEnd, formWording);
        if (glyphs is null)
        {
            glyphs = Shape(context, 0, context.Length, runStart, runEnd, face, rightToLeft, keepLigatures);
            cache.Add(face, rightToLeft, keepLigatures, context, runStart, runEnd, glyphs, formWording);
        }

        return contextStart == 0 ? glyphs : Offset(glyphs, contextStart);
    }

    private static ShapedGlyph[] Offset(ShapedGlyph[] glyphs, int by)
    {
        var moved = new ShapedGlyph[glyphs.Length];
        for (int i = 0; i < glyphs.Length; i++)
        {
            moved[i] = glyphs[i] with { Cluster = glyphs[i].Cluster + by };
        }

        return moved;
    }

    /// <summary>
    /// Shapes text[start..end) (the rest of the context range is context only) and
    /// returns the glyphs in visual order, left to right. Clusters are indices into the text.
    /// </summary>
    public static ShapedGlyph[] Shape(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures)
    {
        if (!Buffers.TryDequeue(out Buffer? shaping))
        {
            shaping = new Buffer();
        }

        try
        {
            return Shape(shaping, text, contextStart, contextEnd, start, end, face, rightToLeft, keepLigatures);
        }
        finally
        {
            Buffers.Enqueue(shaping);
        }
    }

    private static ShapedGlyph[] Shape(Buffer shaping, string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures)
    {
        shaping.ClearContents();
        shaping.Flags = BufferFlags.RemoveDefaultIgnorables;
        shaping.ClusterLevel = ClusterLevel.MonotoneGraphemes;
        shaping.AddUtf16(text.AsSpan(contextStart, contextEnd - contextStart), start - contextStart, end - start);
        shaping.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        shaping.GuessSegmentProperties();
        face.Shaping.Font.Shape(shaping, keepLigatures ? [] : NoLigatures);
        ReadOnlySpan<GlyphInfo> infos = shaping.GetGlyphInfoSpan();
        ReadOnlySpan<GlyphPosition> positions = shaping.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyph[infos.Length];
        for (int i = 0; i < glyphs.Length; i++)
        {
            GlyphInfo info = infos[i];
            GlyphPosition position = positions[i];
            glyphs[i] = new ShapedGlyph(
                (ushort)info.Codepoint,
                contextStart + (int)info.Cluster,
                position.XAdvance,
                position.XOffset,
                position.YOffset,
                (info.GlyphFlags & GlyphFlags.UnsafeToBreak) != 0);
        }

        return glyphs;
    }
}
