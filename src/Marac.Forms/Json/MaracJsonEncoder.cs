using System.Text.Encodings.Web;

namespace Marac.Forms.Json;

/// <summary>
/// Escapes only what JSON requires (quotation mark, reverse solidus, control characters), so names and text in
/// every script, including characters outside the Basic Multilingual Plane, stay readable in the file. The
/// built-in relaxed encoder still escapes those supplementary characters, such as rare CJK name characters.
/// Control characters from U+007F to U+009F are escaped too: they are invisible and easy to lose when a file is edited.
/// </summary>
/// <remarks>The files are data, never embedded in HTML or script, so no HTML-sensitive character needs escaping.</remarks>
internal sealed class MaracJsonEncoder : JavaScriptEncoder
{
    internal static MaracJsonEncoder Instance { get; } = new();

    private MaracJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || MustEscape(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var b = utf8Text[i];
            if (b < 0x20 || b == (byte)'"' || b == (byte)'\\' || b == 0x7F)
            {
                return i;
            }

            // U+0080 to U+009F are C2 80 to C2 9F in UTF-8; anything else at or above 0x80 is written as it is.
            if (b == 0xC2 && i + 1 < utf8Text.Length && utf8Text[i + 1] <= 0x9F)
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            <= 0xFFFF => "\\u" + unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            _ => SurrogatePairEscape(unicodeScalar),
        };

        if (escape.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < escape.Length; i++)
        {
            buffer[i] = escape[i];
        }

        numberOfCharactersWritten = escape.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar <= 0xFFFF && MustEscape((char)unicodeScalar);

    private static bool MustEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);

    private static string SurrogatePairEscape(int unicodeScalar)
    {
        var pair = char.ConvertFromUtf32(unicodeScalar);
        return "\\u" + ((int)pair[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            + "\\u" + ((int)pair[1]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
