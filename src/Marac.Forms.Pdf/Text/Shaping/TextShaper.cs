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
    /// Shapes text[start..end) (the rest of <paramref name="context"/>'s range is context only) and
    /// returns the glyphs in visual order, left to right. Clusters are indices into the text.
    /// </summary>
    public static ShapedGlyph[] Shape(string text, int contextStart, int contextEnd, int start, int end, FontFace face, bool rightToLeft, bool keepLigatures)
    {
        if (!Buffers.TryTake(out Buffer? buffer))
        {
            buffer = new Buffer();
        }

        try
        {
            buffer.ClearContents();
            buffer.Flags = BufferFlags.RemoveDefaultIgnorables
                | (start == contextStart ? BufferFlags.BeginningOfText : 0)
                | (end == contextEnd ? BufferFlags.EndOfText : 0);
            buffer.ClusterLevel = ClusterLevel.MonotoneGraphemes;
            buffer.AddUtf16(text.AsSpan(contextStart, contextEnd - contextStart), start - contextStart, end - start);
            buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            face.Shaping.Font.Shape(buffer, keepLigatures ? [] : NoLigatures);
            ReadOnlySpan<GlyphInfo> infos = buffer.GetGlyphInfoSpan();
            ReadOnlySpan<GlyphPosition> positions = buffer.GetGlyphPositionSpan();
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
        finally
        {
            Buffers.Add(buffer);
        }
    }
}
