using System.Text;

namespace Marac.Forms.TestData.Conformance;

/// <summary>
/// Compares text a reader extracted from a document with the text that should be printed, in a way
/// that does not depend on where the reader (or the renderer) broke a line: both sides are put in NFC
/// and every whitespace character is removed. A value that is missing or altered still fails.
/// </summary>
public static class PrintedText
{
    /// <summary>The text in NFC with all whitespace removed.</summary>
    public static string Compact(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        var compact = new StringBuilder(nfc.Length);
        foreach (char c in nfc)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    /// <summary>True when <paramref name="value"/> appears in <paramref name="extracted"/>, wherever lines were broken.</summary>
    public static bool Contains(string extracted, string value) =>
        Compact(extracted).Contains(Compact(value), StringComparison.Ordinal);

    /// <summary>How many times <paramref name="value"/> appears in <paramref name="extracted"/>, wherever lines were broken.</summary>
    public static int Occurrences(string extracted, string value)
    {
        string text = Compact(extracted);
        string part = Compact(value);
        if (part.Length == 0)
        {
            throw new ArgumentException("An empty value cannot be counted.", nameof(value));
        }

        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
