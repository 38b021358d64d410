using System.Text;

namespace Marac.Forms.Json;

/// <summary>JSON input as UTF-8 bytes, with the position of the first character that is not valid text, if any.</summary>
internal sealed class Utf8Input
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private Utf8Input(ReadOnlyMemory<byte> bytes, long invalidOffset, string? invalidReason)
    {
        Bytes = bytes;
        InvalidOffset = invalidOffset;
        InvalidReason = invalidReason;
        Positions = new TextPositions(bytes);
    }

    /// <summary>The JSON text, without any byte order mark.</summary>
    internal ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The offset of the first byte that is not valid text, or -1.</summary>
    internal long InvalidOffset { get; }

    /// <summary>What is wrong at <see cref="InvalidOffset"/>.</summary>
    internal string? InvalidReason { get; }

    internal TextPositions Positions { get; }

    internal static Utf8Input FromBytes(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            return new Utf8Input(bytes, 0, "the file is UTF-16 text; Marac.Forms files are UTF-8");
        }

        if (span.StartsWith(ByteOrderMark))
        {
            bytes = bytes.Slice(ByteOrderMark.Length);
        }

        var invalid = FindInvalidUtf8(bytes.Span);
        return new Utf8Input(bytes, invalid, invalid < 0 ? null : "the text here is not valid UTF-8; save the file as UTF-8");
    }

    internal static Utf8Input FromString(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var broken = FindUnpairedSurrogate(json);
        if (broken < 0)
        {
            return FromBytes(bytes);
        }

        var offset = Encoding.UTF8.GetByteCount(json.Substring(0, broken));
        return new Utf8Input(bytes, offset, "the text here holds a broken character (an unpaired UTF-16 surrogate)");
    }

    /// <summary>The index of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    internal static int FindUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.</summary>
    private static long FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int minimum;
            if ((b & 0xE0) == 0xC0)
            {
                length = 2;
                minimum = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                length = 3;
                minimum = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                length = 4;
                minimum = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var scalar = b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                scalar = (scalar << 6) | (next & 0x3F);
            }

            if (scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
