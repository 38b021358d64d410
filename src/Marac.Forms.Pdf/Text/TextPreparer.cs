using System.Text;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text.Bidi;
using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Text;

/// <summary>
/// Checks, normalises, orders and shapes text before layout: each paragraph gets its direction
/// from its first strong character and its levels from the bidirectional algorithm, each character
/// a face that has it, and each run of one face and level is shaped by HarfBuzz. Refuses what
/// cannot be printed faithfully.
/// </summary>
internal static class TextPreparer
{
    /// <summary>Prepares text for layout.</summary>
    /// <exception cref="PdfUnprintableTextException">A character cannot be printed faithfully.</exception>
    public static PreparedText Prepare(string raw, TextFormat format, FontSet fonts, TextSource source)
    {
        RefuseBrokenSurrogates(raw, source);
        string text = Clean(Normalise(raw), source);
        int n = text.Length;
        var levels = new byte[n];
        var paragraphLevels = new byte[n];
        var paragraphs = new List<(int Start, int End)>();
        int paragraphStart = 0;
        while (true)
        {
            int newline = text.IndexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? n : newline;
            byte paragraphLevel = 0;
            if (!BidiResolver.IsPlainLeftToRight(text, paragraphStart, paragraphEnd))
            {
                paragraphLevel = (byte)BidiResolver.Resolve(text, paragraphStart, paragraphEnd, -1, levels.AsSpan(paragraphStart, paragraphEnd - paragraphStart));
            }

            for (int i = paragraphStart; i < paragraphEnd; i++)
            {
                paragraphLevels[i] = paragraphLevel;
            }

            if (newline >= 0)
            {
                paragraphLevels[newline] = paragraphLevel;
            }

            paragraphs.Add((paragraphStart, paragraphEnd));
            if (newline < 0)
            {
                break;
            }

            paragraphStart = newline + 1;
        }

        var faces = new byte[n];
        AssignFaces(text, levels, faces, format.Style, fonts, source);
        var runs = new List<ShapedRun>();
        foreach (var (start, end) in paragraphs)
        {
            AddRuns(text, start, end, faces, levels, format, fonts, source.IsFormWording, runs);
        }

        var advance = new float[n];
        var continues = new bool[n];
        foreach (ShapedRun run in runs)
        {
            Measure(run, format, fonts, advance, continues);
        }

        return new PreparedText(text, faces, advance, continues, runs.ToArray(), paragraphLevels, format, fonts);
    }

    private static void RefuseBrokenSurrogates(string raw, TextSource source)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new PdfUnprintableTextException(source.Location, source.FieldPath, c,
                    "is half of a surrogate pair without its other half, so it is not a character. Remove it from the text.");
            }
        }
    }

    private static string Normalise(string raw)
    {
        foreach (char c in raw)
        {
            // Below U+0300 (the combining marks) every character is its own NFC form and none
            // composes with another, so only text reaching that far needs the Unicode tables.
            if (c >= '\u0300')
            {
                return raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
            }
        }

        return raw;
    }

    /// <summary>Line ends become '\n', tabs spaces; invisible characters nothing needs are dropped; control characters are refused.</summary>
    private static string Clean(string text, TextSource source)
    {
        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char? replacement = c;
            switch (c)
            {
                case '\r':
                    replacement = i + 1 < text.Length && text[i + 1] == '\n' ? null : '\n';
                    break;
                case '\n':
                    break;
                case '\u2028' or '\u2029' or '\u0085' or '\v' or '\f':
                    replacement = '\n';
                    break;
                case '\t':
                    replacement = ' ';
                    break;
                case '\u200B' or '\u2060' or '\uFEFF' or '\u00AD':
                    replacement = null;
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        cleaned?.Append(c).Append(text[i + 1]);
                        i++;
                        continue;
                    }

                    if (char.IsControl(c))
                    {
                        throw new PdfUnprintableTextException(source.Location, source.FieldPath, c,
                            "is a control character, which has no printed form. Remove it from the text.");
                    }

                    break;
            }

            if (replacement != c && cleaned is null)
            {
                cleaned = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (cleaned is not null && replacement is { } kept)
            {
                cleaned.Append(kept);
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>Gives each character a face; punctuation and marks keep the face before them only within the same bidirectional level.</summary>
    private static void AssignFaces(string text, byte[] levels, byte[] faces, FaceStyle style, FontSet fonts, TextSource source)
    {
        int previous = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i > 0 && levels[i] != levels[i - 1])
            {
                previous = -1;
            }

            if (c < 0x80 && c >= ' ' && previous <= 0)
            {
                if (!fonts.Bundled.For(style).Metrics.HasGlyph(c))
                {
                    throw NotCovered(source, c);
                }

                faces[i] = 0;
                previous = 0;
                continue;
            }

            bool pair = char.IsHighSurrogate(c);
            int codePoint = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            int face;
            if (c == '\n' || IsInvisible(codePoint))
            {
                face = Math.Max(previous, 0);
            }
            else
            {
                face = fonts.FindFace(style, codePoint, previous);
                if (face < 0)
                {
                    throw NotCovered(source, codePoint);
                }
            }

            faces[i] = (byte)face;
            if (pair)
            {
                faces[++i] = (byte)face;
            }

            previous = c == '\n' ? -1 : face;
        }
    }

    private static PdfUnprintableTextException NotCovered(TextSource source, int codePoint) =>
        new(source.Location, source.FieldPath, codePoint,
            "is not in any bundled font (DejaVu Sans, and Noto for Arabic, Hebrew, Bengali, Gurmukhi, Devanagari and Tamil) or in any configured fallback font, so the document is not written rather than printed with an empty box. Add a TrueType fallback font that covers it (PdfRenderOptions.FallbackFonts), or render this document to Word.");

    /// <summary>Characters that shape or order the text around them but draw nothing: joiners, direction marks and controls, variation selectors.</summary>
    private static bool IsInvisible(int codePoint) =>
        codePoint is 0x034F or 0x061C or (>= 0x180B and <= 0x180F) or 0x200C or 0x200D or 0x200E or 0x200F
            or (>= 0x202A and <= 0x202E) or (>= 0x2061 and <= 0x2069) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>Splits a paragraph into runs of one face, one level and one script, and shapes each.</summary>
    private static void AddRuns(string text, int start, int end, byte[] faces, byte[] levels, TextFormat format, FontSet fonts, bool formWording, List<ShapedRun> runs)
    {
        int runStart = start;
        int runScript = 0;
        for (int i = start; i <= end; i++)
        {
            int script = i < end ? CoarseScript(text[i]) : 0;
            bool boundary = i == end
                || faces[i] != faces[runStart]
                || levels[i] != levels[runStart]
                || (script != 0 && runScript != 0 && script != runScript);
            if (boundary && i > runStart)
            {
                int faceIndex = faces[runStart];
                FontFace face = fonts.Face(format.Style, faceIndex);
                bool rightToLeft = (levels[runStart] & 1) == 1;
                bool complexFace = faceIndex is >= 1 and <= ScriptFamilies.Count;
                ShapedGlyph[] glyphs = TextShaper.ShapeRun(text, start, end, runStart, i, face, rightToLeft, complexFace, fonts.Shaping, formWording);
                runs.Add(new ShapedRun(runStart, i, faceIndex, levels[runStart], glyphs));
                runStart = i;
                runScript = 0;
            }

            if (script != 0)
            {
                runScript = script;
            }
        }
    }

    /// <summary>Latin, Greek and Cyrillic letters apart (1, 2, 3), so each is shaped under its own script; 0 for everything else.</summary>
    private static int CoarseScript(char c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') => 1,
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => 2,
        (>= '\u0400' and <= '\u052F') => 3,
        _ => 0,
    };

    private static void Measure(ShapedRun run, TextFormat format, FontSet fonts, float[] advance, bool[] continues)
    {
        double scale = format.Size / fonts.Face(format.Style, run.FaceIndex).Metrics.UnitsPerEm;
        for (int i = run.Start; i < run.End; i++)
        {
            continues[i] = true;
        }

        foreach (ShapedGlyph glyph in run.Glyphs)
        {
            advance[glyph.Cluster] += (float)(glyph.Advance * scale);
            continues[glyph.Cluster] = false;
        }

        if (run.Start < run.End)
        {
            continues[run.Start] = false;
        }
    }
}
