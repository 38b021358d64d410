using System.Globalization;
using System.Text;

namespace Marac.Forms.Definitions.Binding;

/// <summary>
/// Binding paths: the JSON names of record members joined by dots, with list positions in brackets,
/// for example <c>victim.name.givenNames</c> or <c>children[0].school</c>. Spare slots that a person
/// may fill in are written <c>children[+1]</c>, or <c>localItems[+itemId=local-child-1]</c> when the slot
/// presets a key member.
/// </summary>
internal static class BindingPath
{
    /// <summary>True for a definition binding: one or more JSON names joined by dots, no list positions.</summary>
    internal static bool IsMemberPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        foreach (var part in path!.Split('.'))
        {
            if (!IsName(part))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Join(string prefix, string member) => prefix.Length == 0 ? member : prefix + "." + member;

    internal static string Item(string listPath, int index) => listPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string NewItem(string listPath, int slot) => listPath + "[+" + slot.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string NewKeyedItem(string listPath, string keyMember, string keyValue) => listPath + "[+" + keyMember + "=" + keyValue + "]";

    /// <summary>Parses a document binding; null when the text is not a binding path.</summary>
    internal static IReadOnlyList<BindingSegment>? Parse(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var segments = new List<BindingSegment>();
        var position = 0;
        var text = path!;
        while (true)
        {
            var nameStart = position;
            while (position < text.Length && text[position] != '.' && text[position] != '[')
            {
                position++;
            }

            var name = text.Substring(nameStart, position - nameStart);
            if (!IsName(name))
            {
                return null;
            }

            var segment = new BindingSegment(name, BindingIndexKind.None, 0, null, null);
            if (position < text.Length && text[position] == '[')
            {
                var close = text.IndexOf(']', position);
                if (close < 0)
                {
                    return null;
                }

                var inside = text.Substring(position + 1, close - position - 1);
                var parsed = ParseIndex(name, inside);
                if (parsed is null)
                {
                    return null;
                }

                segment = parsed.Value;
                position = close + 1;
            }

            segments.Add(segment);
            if (position == text.Length)
            {
                return segments;
            }

            if (text[position] != '.')
            {
                return null;
            }

            position++;
        }
    }

    /// <summary>The path with list positions removed (<c>children[].school</c>), used to find the definition entry.</summary>
    internal static string Pattern(IReadOnlyList<BindingSegment> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(segment.Name);
            if (segment.IndexKind != BindingIndexKind.None)
            {
                builder.Append("[]");
            }
        }

        return builder.ToString();
    }

    private static BindingSegment? ParseIndex(string name, string inside)
    {
        if (inside.Length > 0 && inside[0] == '+')
        {
            var rest = inside.Substring(1);
            var equals = rest.IndexOf('=');
            if (equals > 0)
            {
                var keyMember = rest.Substring(0, equals);
                var keyValue = rest.Substring(equals + 1);
                return IsName(keyMember) && keyValue.Length > 0 && keyValue.IndexOfAny(new[] { ']', '[' }) < 0
                    ? new BindingSegment(name, BindingIndexKind.NewKeyed, 0, keyMember, keyValue)
                    : null;
            }

            return TryParseCount(rest, out var slot) ? new BindingSegment(name, BindingIndexKind.New, slot, null, null) : null;
        }

        return TryParseCount(inside, out var index) ? new BindingSegment(name, BindingIndexKind.Existing, index, null, null) : null;
    }

    private static bool TryParseCount(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsName(string part)
    {
        if (part.Length == 0 || !IsAsciiLetter(part[0]))
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!IsAsciiLetter(c) && (c < '0' || c > '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
