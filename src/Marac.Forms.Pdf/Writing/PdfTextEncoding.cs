using System.Text;

namespace Marac.Forms.Pdf.Writing;

/// <summary>How text strings are encoded in PDF (7.9.2.2): UTF-16BE behind a byte order mark.</summary>
internal static class PdfTextEncoding
{
    public static byte[] Utf16BigEndian(string text)
    {
        var bytes = new byte[2 + (2 * text.Length)];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(text, 0, text.Length, bytes, 2);
        return bytes;
    }
}
