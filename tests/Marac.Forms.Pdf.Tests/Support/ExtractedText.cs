using System.Text;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>Text comparison that ignores how lines were broken: NFC, all whitespace removed.</summary>
internal static class ExtractedText
{
    public static string Normalise(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(nfc.Length);
        foreach (char c in nfc)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
