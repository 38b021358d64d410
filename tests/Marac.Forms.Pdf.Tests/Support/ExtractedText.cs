using System.Text;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>
/// Text comparison that ignores how lines were broken: NFC, all whitespace removed, and the
/// directional embedding marks (U+202A to U+202E) that pdftotext puts around right-to-left words
/// it has reordered, which are not in the document.
/// </summary>
internal static class ExtractedText
{
    public static string Normalise(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(nfc.Length);
        foreach (char c in nfc)
        {
            if (!char.IsWhiteSpace(c) && c is not (>= '\u202A' and <= '\u202E'))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
