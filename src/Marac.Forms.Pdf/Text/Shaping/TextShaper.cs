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

    private static readonly ConcurrentBag<Buffer> Buffers = [];

    /// <summary>
    /// Shapes a run text[start..end) of one face and direction, word by word through the cache:
    /// each word and each stretch of spaces is shaped once per document, and the pieces are joined
    /// when HarfBuzz says every edge is safe to join; otherwise the run is shaped whole. Either way
    /// the glyphs are what shaping the whole run gives. Returns them in visual order.
    /// </summary>
    public static ShapedGlyph[] ShapeRun(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures, ShapingCache cache)
    {
        var pieces = new List<(int Start, ShapedGlyph[] Glyphs)>();
        int count = 0;
        int at = start;
        while (at < end)
        {
            bool space = text[at] == ' ';
            int next = at + 1;
            while (next < end && (text[next] == ' ') == space)
            {
                next++;
            }

            string word = text.Substring(at, next - at);
            if (!cache.TryGet(face, rightToLeft, keepLigatures, word, out ShapingCache.Entry entry))
            {
                entry = ShapeWord(word, face, rightToLeft, keepLigatures);
                cache.Add(face, rightToLeft, keepLigatures, word, entry);
            }

            if (!entry.JoinsSafely)
            {
                return Shape(text, contextStart, contextEnd, start, end, face, rightToLeft, keepLigatures);
            }

            pieces.Add((at, entry.Glyphs));
            count += entry.Glyphs.Length;
            at = next;
        }

        var glyphs = new ShapedGlyph[count];
        int index = 0;
        for (int p = 0; p < pieces.Count; p++)
        {
            var (pieceStart, pieceGlyphs) = pieces[rightToLeft ? pieces.Count - 1 - p : p];
            foreach (ShapedGlyph glyph in pieceGlyphs)
            {
                glyphs[index++] = glyph with { Cluster = glyph.Cluster + pieceStart };
            }
        }

        return glyphs;
    }

    /// <summary>
    /// Shapes text[start..end) (the rest of the context range is context only) and
    /// returns the glyphs in visual order, left to right. Clusters are indices into the text.
    /// </summary>
    public static ShapedGlyph[] Shape(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures) =>
        Shape(text, contextStart, contextEnd, start, end, face, rightToLeft, keepLigatures, BufferFlags.Default, out _);

    private static ShapingCache.Entry ShapeWord(string word, FontFace face, bool rightToLeft, bool keepLigatures)
    {
        ShapedGlyph[] glyphs = Shape(word, 0, word.Length, 0, word.Length, face, rightToLeft, keepLigatures, BufferFlags.ProduceUnsafeToConcat, out bool unsafeEdge);
        return new ShapingCache.Entry(glyphs, !unsafeEdge && glyphs.Length > 0);
    }

    private static ShapedGlyph[] Shape(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures, BufferFlags extra, out bool unsafeEdge)
    {
        if (!Buffers.TryTake(out Buffer? buffer))
        {
            buffer = new Buffer();
        }

        try
        {
            buffer.ClearContents();
            buffer.Flags = BufferFlags.RemoveDefaultIgnorables | extra;
            buffer.ClusterLevel = ClusterLevel.MonotoneGraphemes;
            buffer.AddUtf16(text.AsSpan(contextStart, contextEnd - contextStart), start - contextStart, end - start);
            buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            face.Shaping.Font.Shape(buffer, keepLigatures ? [] : NoLigatures);
            ReadOnlySpan<GlyphInfo> infos = buffer.GetGlyphInfoSpan();
            ReadOnlySpan<GlyphPosition> positions = buffer.GetGlyphPositionSpan();
            var glyphs = new ShapedGlyph[infos.Length];
            unsafeEdge = infos.Length > 0
                && ((infos[0].GlyphFlags & GlyphFlags.UnsafeToConcat) != 0 || (infos[infos.Length - 1].GlyphFlags & GlyphFlags.UnsafeToConcat) != 0);
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
        finally
        {
            Buffers.Add(buffer);
        }
    }
}
