using System.Globalization;
using System.Text;

namespace Marac.Forms.Json;

/// <summary>
/// Tracks where a reader is in a JSON document: one entry per open object or array, holding the member name or
/// item index being read. Renders as <c>children[1].dateOfBirth.date</c>, the same form validation paths use.
/// </summary>
internal sealed class JsonPathStack
{
    private readonly List<Entry> entries = new();

    /// <summary>Records that an object was opened; <see cref="SetMember"/> names each member as it is read.</summary>
    internal void EnterObject() => entries.Add(new Entry(isArray: false));

    /// <summary>Records that an array was opened; <see cref="NextItem"/> counts each item as it is read.</summary>
    internal void EnterArray() => entries.Add(new Entry(isArray: true));

    /// <summary>Records that the innermost object or array was closed.</summary>
    internal void Exit() => entries.RemoveAt(entries.Count - 1);

    internal void SetMember(string name) => entries[entries.Count - 1].Member = name;

    /// <summary>Moves to the next item when the innermost container is an array; does nothing in an object.</summary>
    internal void NextItem()
    {
        if (entries.Count > 0 && entries[entries.Count - 1].IsArray)
        {
            entries[entries.Count - 1].Index++;
        }
    }

    internal void SetIndex(int index) => entries[entries.Count - 1].Index = index;

    /// <summary>The path of the value being read, relative to the document's root.</summary>
    public override string ToString()
    {
        var path = new StringBuilder();
        foreach (var entry in entries)
        {
            if (entry.IsArray)
            {
                if (entry.Index >= 0)
                {
                    path.Append('[').Append(entry.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (entry.Member is { } member)
            {
                AppendMember(path, member);
            }
        }

        return path.ToString();
    }

    /// <summary>Joins a path and a relative path: <c>lawfulBasis</c> and <c>reasons</c> give <c>lawfulBasis.reasons</c>.</summary>
    internal static string Combine(string prefix, string relative)
    {
        if (prefix.Length == 0)
        {
            return relative;
        }

        if (relative.Length == 0)
        {
            return prefix;
        }

        return relative[0] == '[' ? prefix + relative : prefix + "." + relative;
    }

    private static void AppendMember(StringBuilder path, string member)
    {
        if (IsPlainName(member))
        {
            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(member);
        }
        else
        {
            path.Append("[\"").Append(member.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"]");
        }
    }

    private static bool IsPlainName(string member) =>
        member.Length > 0 && member.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-');

    private sealed class Entry
    {
        internal Entry(bool isArray) => IsArray = isArray;

        internal bool IsArray { get; }

        internal string? Member { get; set; }

        internal int Index { get; set; } = -1;
    }
}
