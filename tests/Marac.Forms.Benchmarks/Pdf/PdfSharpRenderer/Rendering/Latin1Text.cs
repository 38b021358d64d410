using System.Text;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// A read-only view of PDF bytes as Latin-1 characters (one per byte), so the reader can scan a file
/// without first copying it into a string twice its size.
/// </summary>
internal readonly struct Latin1Text
{
    private readonly byte[] _bytes;

    public Latin1Text(byte[] bytes, int length)
    {
        _bytes = bytes;
        Length = length;
    }

    public int Length { get; }

    public char this[int index] => index < Length ? (char)_bytes[index] : throw new IndexOutOfRangeException();

    /// <summary>The characters in the range, as a string.</summary>
    public string this[Range range]
    {
        get
        {
            var (offset, length) = range.GetOffsetAndLength(Length);
            return Encoding.Latin1.GetString(_bytes, offset, length);
        }
    }

    public bool HasAt(int index, string ascii)
    {
        if (index < 0 || index + ascii.Length > Length)
        {
            return false;
        }

        for (int i = 0; i < ascii.Length; i++)
        {
            if (_bytes[index + i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    public int IndexOf(string ascii, int start)
    {
        int found = Bytes[start..].IndexOf(Encoding.Latin1.GetBytes(ascii));
        return found < 0 ? -1 : start + found;
    }

    public int IndexOf(char c, int start)
    {
        int found = Bytes[start..].IndexOf((byte)c);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The last occurrence that starts in [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    public int LastIndexOf(string ascii, int from, int to)
    {
        int end = Math.Min(Length, to + ascii.Length - 1);
        int found = Bytes[from..end].LastIndexOf(Encoding.Latin1.GetBytes(ascii));
        return found < 0 ? -1 : from + found;
    }

    private ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);
}
