using System.Text;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// Writes indirect objects into the file: their numbers and offsets, text strings, and streams,
/// compressed with Flate and, when the document is encrypted, every string and stream encrypted
/// as it is written, so the file is made in one pass.
/// </summary>
internal sealed class PdfObjectWriter : IDisposable
{
    private readonly PdfOutput _scratch = new(16 * 1024);

    public PdfObjectWriter(PdfOutput output, StandardSecurityHandler? security)
    {
        Output = output;
        Security = security;
    }

    public PdfOutput Output { get; }

    public CrossReferenceTable Objects { get; } = new();

    public StandardSecurityHandler? Security { get; }

    /// <summary>Starts object <paramref name="number"/>: "n 0 obj".</summary>
    public PdfOutput Begin(int number)
    {
        Objects.Mark(number, Output.Length);
        return Output.Integer(number).Ascii(" 0 obj\n");
    }

    public void End() => Output.Ascii("\nendobj\n");

    /// <summary>
    /// Writes a whole stream object. <paramref name="dictionary"/> is the dictionary's content
    /// without /Length and /Filter (for example "/Type/Metadata/Subtype/XML").
    /// </summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true, int? length1 = null)
    {
        ReadOnlySpan<byte> body = data;
        if (compress)
        {
            _scratch.Clear();
            FlateEncoder.Compress(data, _scratch);
            body = _scratch.WrittenSpan;
        }

        byte[]? encrypted = Security?.Encrypt(body);
        if (encrypted is not null)
        {
            body = encrypted;
        }

        PdfOutput o = Begin(number).Ascii("<<").Ascii(dictionary);
        if (compress)
        {
            o.Ascii("/Filter/FlateDecode");
        }

        if (length1 is int original)
        {
            o.Ascii("/Length1 ").Integer(original);
        }

        o.Ascii("/Length ").Integer(body.Length).Ascii(">>\nstream\n").Write(body).Ascii("\nendstream");
        End();
    }

    /// <summary>A text string (title, language, actual text): PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE with its byte order mark; encrypted when the document is.</summary>
    public PdfOutput TextString(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                ascii = false;
                break;
            }
        }

        byte[] bytes;
        if (ascii)
        {
            bytes = Encoding.ASCII.GetBytes(text);
        }
        else
        {
            bytes = PdfTextEncoding.Utf16BigEndian(text);
        }

        if (Security is not null)
        {
            return Output.HexString(Security.Encrypt(bytes));
        }

        return ascii ? Literal(bytes) : Output.HexString(bytes);
    }

    /// <summary>A byte string that is never encrypted (the file identifier and the encryption dictionary's own values).</summary>
    public PdfOutput PlainHexString(ReadOnlySpan<byte> bytes) => Output.HexString(bytes);

    public void Dispose() => _scratch.Dispose();

    private PdfOutput Literal(byte[] bytes)
    {
        Output.Write((byte)'(');
        foreach (byte b in bytes)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                Output.Write((byte)'\\');
            }

            Output.Write(b);
        }

        return Output.Write((byte)')');
    }
}
