using System.Buffers;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// A growing byte buffer rented from the shared array pool, with the few ways PDF writes numbers,
/// names and hex strings. Dispose returns the buffer to the pool; take what you need first.
/// </summary>
internal sealed class PdfOutput : IDisposable
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();

    private byte[] _buffer;
    private int _length;

    public PdfOutput(int capacity = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _length);

    /// <summary>The buffer and length, for APIs that take an array.</summary>
    public ArraySegment<byte> WrittenSegment => new(_buffer, 0, _length);

    public void Clear() => _length = 0;

    public byte[] ToArray() => WrittenSpan.ToArray();

    public PdfOutput Write(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
        return this;
    }

    public PdfOutput Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(new Span<byte>(_buffer, _length, bytes.Length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>Writes ASCII text (PDF syntax, never user text).</summary>
    public PdfOutput Ascii(string text)
    {
        Ensure(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            _buffer[_length++] = (byte)text[i];
        }

        return this;
    }

    public PdfOutput Integer(long value)
    {
        Ensure(20);
        if (value < 0)
        {
            _buffer[_length++] = (byte)'-';
            value = -value;
        }

        int start = _length;
        do
        {
            _buffer[_length++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);
        Array.Reverse(_buffer, start, _length - start);
        return this;
    }

    /// <summary>A real number rounded to three decimals, without exponent or trailing zeros.</summary>
    public PdfOutput Number(double value)
    {
        long thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Write((byte)'-');
            thousandths = -thousandths;
        }

        Integer(thousandths / 1000);
        int fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            Write((byte)'.');
            int digits = 3;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            Ensure(3);
            for (int d = digits - 1; d >= 0; d--)
            {
                _buffer[_length + d] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            _length += digits;
        }

        return this;
    }

    /// <summary>Four hex digits: a two-byte glyph code.</summary>
    public PdfOutput Hex4(int value)
    {
        Ensure(4);
        _buffer[_length++] = HexDigits[(value >> 12) & 0xF];
        _buffer[_length++] = HexDigits[(value >> 8) & 0xF];
        _buffer[_length++] = HexDigits[(value >> 4) & 0xF];
        _buffer[_length++] = HexDigits[value & 0xF];
        return this;
    }

    /// <summary>Bytes as a hex string, with its angle brackets.</summary>
    public PdfOutput HexString(ReadOnlySpan<byte> bytes)
    {
        Ensure((bytes.Length * 2) + 2);
        _buffer[_length++] = (byte)'<';
        foreach (byte b in bytes)
        {
            _buffer[_length++] = HexDigits[b >> 4];
            _buffer[_length++] = HexDigits[b & 0xF];
        }

        _buffer[_length++] = (byte)'>';
        return this;
    }

    /// <summary>"n 0 R".</summary>
    public PdfOutput Reference(int objectNumber) => Integer(objectNumber).Ascii(" 0 R");

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
