using System.Globalization;

namespace Marac.Forms.Pdf;

/// <summary>
/// Thrown when text contains a character the PDF cannot show faithfully: a character no bundled or
/// configured fallback font can draw, a control character, or half of a surrogate pair. The
/// document is never written with a '?' or an empty box in their place.
/// </summary>
public sealed class PdfUnprintableTextException : MaracFormsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the text is, for example "field victim.name.givenNames".</param>
    /// <param name="fieldPath">The record member's path when the text is a value, otherwise null.</param>
    /// <param name="codePoint">The character.</param>
    /// <param name="reason">Why it cannot be printed and what to do.</param>
    public PdfUnprintableTextException(string location, string? fieldPath, int codePoint, string reason)
        : base(BuildMessage(location, codePoint, reason))
    {
        Location = location;
        FieldPath = fieldPath;
        CodePoint = codePoint;
    }

    /// <summary>Where the text is, for example "field victim.name.givenNames".</summary>
    public string Location { get; }

    /// <summary>The record member's JSON-style path when the text is a value; null for fixed wording.</summary>
    public string? FieldPath { get; }

    /// <summary>The Unicode code point that cannot be printed.</summary>
    public int CodePoint { get; }

    private static string BuildMessage(string location, int codePoint, string reason)
    {
        bool invisible = codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0) || (codePoint >= 0xD800 && codePoint <= 0xDFFF);
        string shown = invisible ? string.Empty : "'" + char.ConvertFromUtf32(codePoint) + "' ";
        return string.Format(CultureInfo.InvariantCulture, "Cannot print {0} as PDF: the character {1}(U+{2:X4}) {3}", location, shown, codePoint, reason);
    }
}
