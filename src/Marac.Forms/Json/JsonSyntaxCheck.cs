using System.Text;
using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>
/// The first pass over the input: is it well-formed JSON in valid UTF-8? Tracks the path while reading, so a
/// syntax error deep in a list is reported at, say, <c>form.children[1].school</c>.
/// </summary>
internal static class JsonSyntaxCheck
{
    /// <summary>Throws a <see cref="FormatProblem"/> for the first syntax or encoding error; paths are from the document root.</summary>
    internal static void Run(Utf8Input input)
    {
        var json = input.Bytes.Span;
        var path = new JsonPathStack();
        var reader = new Utf8JsonReader(json);
        try
        {
            if (IsBlank(json) && input.InvalidOffset < 0)
            {
                throw new FormatProblem(string.Empty, 0, "the input is empty; expected a JSON object");
            }

            while (reader.Read())
            {
                if (input.InvalidOffset >= 0 && reader.BytesConsumed > input.InvalidOffset)
                {
                    // Only text can hold bytes that are not UTF-8 (elsewhere the reader fails first).
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        // The name itself holds the bad bytes: show it with replacement characters.
                        path.SetMember(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                    }
                    else
                    {
                        path.NextItem();
                    }

                    throw new FormatProblem(path.ToString(), input.InvalidOffset, input.InvalidReason!);
                }

                Track(ref reader, path);
            }
        }
        catch (JsonException ex)
        {
            // In a list, the token that failed would have been the next item.
            path.NextItem();
            var offset = input.Positions.OffsetOf(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            if (input.InvalidOffset >= 0 && offset >= input.InvalidOffset)
            {
                throw new FormatProblem(path.ToString(), input.InvalidOffset, input.InvalidReason!);
            }

            throw new FormatProblem(path.ToString(), offset, Explain(ex, offset, json), ex);
        }

        if (input.InvalidOffset >= 0)
        {
            throw new FormatProblem(path.ToString(), input.InvalidOffset, input.InvalidReason!);
        }
    }

    /// <summary>The path of the token that starts at or covers <paramref name="offset"/>, for errors reported only by position.</summary>
    internal static string PathAt(ReadOnlySpan<byte> json, long offset)
    {
        var path = new JsonPathStack();
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read() && reader.TokenStartIndex < offset)
            {
                Track(ref reader, path);
            }
        }
        catch (JsonException)
        {
            // The path so far is the best answer.
        }

        return path.ToString();
    }

    private static void Track(ref Utf8JsonReader reader, JsonPathStack path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                path.SetMember(reader.GetString() ?? string.Empty);
                break;
            case JsonTokenType.StartObject:
                path.NextItem();
                path.EnterObject();
                break;
            case JsonTokenType.StartArray:
                path.NextItem();
                path.EnterArray();
                break;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                path.Exit();
                break;
            default:
                path.NextItem();
                break;
        }
    }

    private static string Explain(JsonException ex, long offset, ReadOnlySpan<byte> json)
    {
        if (offset >= json.Length)
        {
            return "the JSON ends too soon: an object, list or text is not closed (is the file cut short?)";
        }

        var message = ex.Message;
        if (json[(int)offset] == (byte)'/')
        {
            return "the JSON is not well formed: comments are not allowed in JSON";
        }

        if (message.IndexOf("trailing comma", StringComparison.Ordinal) >= 0)
        {
            return "the JSON is not well formed: a comma here has nothing after it (trailing commas are not allowed in JSON)";
        }

        if (message.IndexOf("after a single JSON value", StringComparison.Ordinal) >= 0)
        {
            return "the JSON is not well formed: there is more after the end of the file's JSON object";
        }

        if (message.IndexOf("depth", StringComparison.Ordinal) >= 0)
        {
            return "the JSON is not well formed: objects and lists are nested too deeply";
        }

        var location = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (location >= 0)
        {
            message = message.Substring(0, location);
        }

        message = message.Trim();
        return "the JSON is not well formed: " + (message.Length > 0 ? char.ToLowerInvariant(message[0]) + message.Substring(1) : "unexpected text");
    }

    private static bool IsBlank(ReadOnlySpan<byte> json)
    {
        foreach (var b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
