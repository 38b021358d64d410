namespace Marac.Forms.Definitions.Parsing;

/// <summary>
/// A JSON value from a definition file that remembers where it was written (line, column and its
/// path inside the file), so every loader error can point at the offending text.
/// </summary>
internal sealed class SourceJsonNode
{
    private static readonly IReadOnlyList<KeyValuePair<string, SourceJsonNode>> NoProperties = Array.Empty<KeyValuePair<string, SourceJsonNode>>();
    private static readonly IReadOnlyList<SourceJsonNode> NoItems = Array.Empty<SourceJsonNode>();

    internal SourceJsonNode(
        SourceJsonKind kind,
        string path,
        int line,
        int column,
        string? text = null,
        IReadOnlyList<KeyValuePair<string, SourceJsonNode>>? properties = null,
        IReadOnlyList<SourceJsonNode>? items = null)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    internal SourceJsonKind Kind { get; }

    /// <summary>Where the value sits in the file, for example <c>sections[2].items[0].bind</c>; empty for the root.</summary>
    internal string Path { get; }

    /// <summary>The 1-based line of the value's first character.</summary>
    internal int Line { get; }

    /// <summary>The 1-based column of the value's first character.</summary>
    internal int Column { get; }

    /// <summary>A string's value, or a number's text as written.</summary>
    internal string? Text { get; }

    /// <summary>An object's members in the order written.</summary>
    internal IReadOnlyList<KeyValuePair<string, SourceJsonNode>> Properties { get; }

    internal IReadOnlyList<SourceJsonNode> Items { get; }

    internal SourceJsonNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Key == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    internal static string Describe(SourceJsonKind kind) => kind switch
    {
        SourceJsonKind.Object => "an object",
        SourceJsonKind.Array => "a list",
        SourceJsonKind.String => "a string",
        SourceJsonKind.Number => "a number",
        SourceJsonKind.Boolean => "true or false",
        _ => "null",
    };
}
