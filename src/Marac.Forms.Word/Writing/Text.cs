using System.Text;

namespace Marac.Forms.Word.Writing;

/// <summary>Makes text safe for XML: characters XML 1.0 cannot carry (control characters, unpaired surrogates) become U+FFFD.</summary>
internal static class Text
{
    internal static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (char.IsHighSurrogate(c))
            {
                valid = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (valid)
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                valid = false;
            }

            if (!valid && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            builder?.Append(valid ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
