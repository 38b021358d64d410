using System.Text;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.TestData;

namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>
/// Rewrites the values of a built document so that every character is one the PDF renderer prints
/// with its bundled fonts and that text extraction gives back in order (the generators also produce
/// Chinese, emoji the fonts lack, control and invisible characters, which it refuses or does not
/// draw). Right-to-left letters are replaced too: in the generators' random mixed-direction text,
/// pdftotext moves punctuation next to a right-to-left word to its other side when it groups the
/// word (the page shows it where the bidirectional algorithm puts it), so the exact comparison
/// would fail on the reader, not on the document. Right-to-left names have their own tests.
/// Wording from the form definition is printable already and comes through unchanged.
/// </summary>
internal static class PrintableDocuments
{
    // Labels are sanitised too: a local Dash question's wording comes from the record.
    public static FormDocument Sanitise(FormDocument document) => DocumentTexts.Rewrite(document, Printable);

    /// <summary>True when the renderer would print the text unchanged (after NFC).</summary>
    public static bool IsPrintable(string text) => Printable(text) == text.Normalize(NormalizationForm.FormC);

    private static readonly FontSet Fonts = new(FontRegistry.BundledFaces, []);

    private static string Printable(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(nfc.Length);
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]);
            int codePoint = pair ? char.ConvertToUtf32(c, nfc[i + 1]) : c;
            bool ok = c == '\n'
                || (!(char.IsSurrogate(c) && !pair) && !char.IsControl(c)
                    && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(nfc, i) != System.Globalization.UnicodeCategory.Format
                    && Marac.Forms.Pdf.Text.Bidi.BidiClasses.Of(codePoint) is not (Marac.Forms.Pdf.Text.Bidi.BidiClass.R or Marac.Forms.Pdf.Text.Bidi.BidiClass.AL or Marac.Forms.Pdf.Text.Bidi.BidiClass.AN)
                    && new[] { FaceStyle.Regular, FaceStyle.Bold, FaceStyle.Italic }.All(style => Fonts.FindFace(style, codePoint, -1) >= 0));
            result.Append(ok ? nfc.Substring(i, pair ? 2 : 1) : "x");
            if (pair)
            {
                i++;
            }
        }

        return result.ToString();
    }
}
