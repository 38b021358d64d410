using System.Text;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

/// <summary>Checks, normalises and measures text before layout; refuses what cannot be printed faithfully.</summary>
internal static class TextPreparer
{
    /// <summary>Prepares text for layout.</summary>
    /// <exception cref="PdfUnprintableTextException">A character cannot be printed faithfully.</exception>
    public static PreparedText Prepare(string raw, TextFormat format, FontSet fonts, TextSource source)
    {
        string text = IsPlainAscii(raw) || raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var chars = new StringBuilder(text.Length);
        var faces = new List<byte>(text.Length);
        var advances = new List<float>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        continue;
                    }

                    Append('\n', 0, 0);
                    continue;
                case '\n' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f':
                    Append('\n', 0, 0);
                    continue;
                case '\t':
                    c = ' ';
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u202A' or '\u202C' or '\u202D' or '\u2066' or '\u2068' or '\u2069':
                    continue;
            }

            if (char.IsSurrogate(c))
            {
                int codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : c;
                throw new PdfUnprintableTextException(source.Location, source.FieldPath, codePoint,
                    "is outside the Basic Multilingual Plane (for example an emoji or a rare ideograph). PDFsharp cannot make such characters searchable or copyable, so the document is not written. Remove the character, or render this document to Word.");
            }

            if (char.IsControl(c))
            {
                throw new PdfUnprintableTextException(source.Location, source.FieldPath, c,
                    "is a control character, which has no printed form. Remove it from the text.");
            }

            if (UnsupportedScripts.TryFind(c, out string script, out bool rightToLeft))
            {
                string what = script.StartsWith("a ", StringComparison.Ordinal) ? script : script + " script";
                throw new PdfUnprintableTextException(source.Location, source.FieldPath, c, rightToLeft
                    ? "is " + what + ", which is written right to left. PDFsharp cannot order or shape right-to-left text, so the document is not written rather than printed with its letters in the wrong order. Render this document to Word, which handles it."
                    : "is " + what + ", whose letters join or reorder in context. PDFsharp cannot shape it, so the document is not written rather than printed wrongly. Render this document to Word, which handles it.");
            }

            int face = fonts.FindFace(format.Style, c);
            if (face < 0)
            {
                throw new PdfUnprintableTextException(source.Location, source.FieldPath, c,
                    "is not in the bundled DejaVu Sans font or in any configured fallback font, so the document is not written rather than printed with an empty box. Add a TrueType fallback font that covers it (PdfRenderOptions.FallbackFonts), or render this document to Word.");
            }

            Append(c, face, fonts.Face(format.Style, face).Metrics.AdvanceInEm(c) * format.Size);
        }

        return new PreparedText(chars.ToString(), faces.ToArray(), advances.ToArray(), format, fonts);

        void Append(char c, int face, double advance)
        {
            chars.Append(c);
            faces.Add((byte)face);
            advances.Add((float)advance);
        }
    }

    private static bool IsPlainAscii(string s)
    {
        foreach (char c in s)
        {
            if (c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
