using System.Text;
using System.Text.Json;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Parses a definition file into <see cref="SourceJsonNode"/> values that keep their line, column and path; positions are counted as for form files (<see cref="TextPositions"/>).</summary>
internal static class SourceJsonParser
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    /// <summary>Parses <paramref name="utf8"/>; bad JSON becomes a <see cref="FormDefinitionException"/> naming the source, line and column.</summary>
    internal static SourceJsonNode Parse(byte[] utf8, string sourceName)
    {
        var start = HasByteOrderMark(utf8) ? 3 : 0;
        var positions = new TextPositions(new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start));
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, start, utf8.Length - start), ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw Fail(sourceName, 1, 1, "the file is empty; expected a JSON object");
            }

            var repeated = new List<FormDefinitionProblem>();
            var root = ReadValue(ref reader, string.Empty, positions, sourceName, repeated);
            if (reader.Read())
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                throw Fail(sourceName, line, column, "unexpected text after the end of the JSON value");
            }

            if (repeated.Count > 0)
            {
                throw new FormDefinitionException(repeated);
            }

            return root;
        }
        catch (JsonException exception)
        {
            var (line, column) = positions.At(positions.OffsetOf(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0));
            throw Fail(sourceName, line, column, "not valid JSON: " + FirstSentence(exception.Message));
        }
    }

    // A member given twice in one object goes to "repeated": which value was meant cannot be told, so the file is refused, as form files are.
    private static SourceJsonNode ReadValue(ref Utf8JsonReader reader, string path, TextPositions positions, string sourceName, List<FormDefinitionProblem> repeated)
    {
        var (line, column) = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, SourceJsonNode>>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    if (!names.Add(name))
                    {
                        var (nameLine, nameColumn) = positions.At(reader.TokenStartIndex);
                        repeated.Add(new FormDefinitionProblem(sourceName, nameLine, nameColumn, Join(path, name), "'" + name + "' appears more than once in this object; give each member once"));
                    }

                    reader.Read();
                    properties.Add(new(name, ReadValue(ref reader, Join(path, name), positions, sourceName, repeated)));
                }

                return new SourceJsonNode(SourceJsonKind.Object, path, line, column, properties: properties);
            case JsonTokenType.StartArray:
                var items = new List<SourceJsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, path + "[" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", positions, sourceName, repeated));
                }

                return new SourceJsonNode(SourceJsonKind.Array, path, line, column, items: items);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (Documents.UnprintableCharacters.IndexOfFirst(text) is var at and >= 0)
                {
                    throw new FormDefinitionException(new[] { new FormDefinitionProblem(sourceName, line, column, path, Documents.UnprintableCharacters.Describe(text, at)) });
                }

                return new SourceJsonNode(SourceJsonKind.String, path, line, column, text: text);
            case JsonTokenType.Number:
                return new SourceJsonNode(SourceJsonKind.Number, path, line, column, text: Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new SourceJsonNode(SourceJsonKind.Boolean, path, line, column, text: reader.TokenType == JsonTokenType.True ? "true" : "false");
            default:
                return new SourceJsonNode(SourceJsonKind.Null, path, line, column);
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool HasByteOrderMark(byte[] utf8) => utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd();
    }

    private static FormDefinitionException Fail(string sourceName, int line, int column, string message) =>
        new(new[] { new FormDefinitionProblem(sourceName, line, column, string.Empty, message) });
}
