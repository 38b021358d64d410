using System.Text;

namespace Marac.Forms.Definitions;

/// <summary>Fills <c>{placeholder}</c> names in definition text with the form's settings.</summary>
internal static class TextTemplate
{
    /// <summary>The placeholder a repeated entry's heading uses for its 1-based number.</summary>
    internal const string EntryNumber = "n";

    /// <summary>Placeholder names in <paramref name="text"/> that are neither settings nor in <paramref name="extra"/>.</summary>
    internal static IEnumerable<string> UnknownPlaceholders(string text, params string[] extra)
    {
        foreach (var name in Placeholders(text))
        {
            if (!FormSettings.PlaceholderNames.Contains(name) && Array.IndexOf(extra, name) < 0)
            {
                yield return name;
            }
        }
    }

    /// <summary>True when the text has an opening brace without a matching closing brace.</summary>
    internal static bool HasUnclosedBrace(string text)
    {
        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                return true;
            }

            open = text.IndexOf('{', close + 1);
        }

        return false;
    }

    internal static string Fill(string text, FormSettings settings, int? entryNumber = null)
    {
        if (text.IndexOf('{') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 32);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            builder.Append(text, position, open - position);
            var name = text.Substring(open + 1, close - open - 1);
            var value = name == EntryNumber && entryNumber is { } number
                ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : settings.Placeholder(name);
            builder.Append(value ?? text.Substring(open, close - open + 1));
            position = close + 1;
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Placeholders(string text)
    {
        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return text.Substring(open + 1, close - open - 1);
            open = text.IndexOf('{', close + 1);
        }
    }
}
