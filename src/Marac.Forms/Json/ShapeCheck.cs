using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>
/// One pass of checking JSON against a <see cref="JsonShape"/>: the path so far, where the text sits in the input,
/// and the list every problem found is added to.
/// </summary>
/// <remarks>
/// The check reports every problem with an exact path and position, skipping each value at fault and going on, and
/// refuses what the serializer would let through silently: null where a value is required, and a member given twice.
/// </remarks>
internal sealed class ShapeCheck
{
    private readonly string rootPath;
    private readonly long baseOffset;
    private readonly bool hasPositions;
    private readonly FormatProblemList problems;

    /// <param name="rootPath">The path of the value being checked (empty for the document root).</param>
    /// <param name="baseOffset">The offset of the checked text within the whole input.</param>
    /// <param name="hasPositions">False when the input has no meaningful text positions (a JSON node).</param>
    /// <param name="problems">Where the problems found are added.</param>
    internal ShapeCheck(string rootPath, long baseOffset, bool hasPositions, FormatProblemList problems)
    {
        this.rootPath = rootPath;
        this.baseOffset = baseOffset;
        this.hasPositions = hasPositions;
        this.problems = problems;
    }

    internal JsonPathStack Path { get; } = new();

    /// <summary>Checks a whole value against <paramref name="shape"/>.</summary>
    internal static void Run(ReadOnlySpan<byte> json, JsonShape shape, ShapeCheck check)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        check.Value(ref reader, shape, allowsNull: false);
    }

    /// <summary>Checks the value at the reader's current token, null included, and leaves the reader on its last token.</summary>
    internal void Value(ref Utf8JsonReader reader, JsonShape shape, bool allowsNull)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!allowsNull)
            {
                Refuse(ref reader, "expected " + shape.Expectation + ", not null");
            }

            return;
        }

        if (!IsWrittenAs(shape.Kind, reader.TokenType))
        {
            Refuse(ref reader, "expected " + shape.Expectation + ", not " + JsonShape.Describe(reader.TokenType));
            return;
        }

        switch (shape.Kind)
        {
            case JsonShapeKind.WholeNumber when !reader.TryGetInt32(out _):
                Refuse(ref reader, "expected a whole number from -2147483648 to 2147483647, with no decimal point or exponent");
                break;
            case JsonShapeKind.Date when !CalendarDate.TryParseIso(reader.GetString(), out _):
                Refuse(ref reader, "expected " + shape.Expectation);
                break;
            case JsonShapeKind.Enumeration when !shape.EnumNames!.TryGetValue(reader.GetString()!, out _):
                Refuse(ref reader, "expected " + shape.Expectation + " (names are case-sensitive)");
                break;
            case JsonShapeKind.Object:
                Object(ref reader, shape);
                break;
            case JsonShapeKind.List:
                List(ref reader, shape.Element!);
                break;
        }
    }

    /// <summary>Moves to the next token. The input's syntax was checked before, so the end cannot come early.</summary>
    internal static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended inside a value.");
        }
    }

    /// <summary>
    /// Reports a problem at the reader's current token and skips what it starts (a value, or a member name and its
    /// value), leaving the reader on its last token so checking can go on after it.
    /// </summary>
    internal void Refuse(ref Utf8JsonReader reader, string reason)
    {
        problems.Add(new FormatProblem(JsonPathStack.Combine(rootPath, Path.ToString()), hasPositions ? baseOffset + reader.TokenStartIndex : null, reason));
        reader.Skip();
    }

    /// <summary>True when a value of <paramref name="kind"/> starts with <paramref name="token"/>; text, dates and enum names are strings.</summary>
    private static bool IsWrittenAs(JsonShapeKind kind, JsonTokenType token) => kind switch
    {
        JsonShapeKind.Boolean => token is JsonTokenType.True or JsonTokenType.False,
        JsonShapeKind.WholeNumber => token == JsonTokenType.Number,
        JsonShapeKind.Object => token == JsonTokenType.StartObject,
        JsonShapeKind.List => token == JsonTokenType.StartArray,
        _ => token == JsonTokenType.String,
    };

    /// <summary>A record's object: only its own members, each at most once, in any order, any of them left out.</summary>
    private void Object(ref Utf8JsonReader reader, JsonShape shape)
    {
        var seen = new bool[shape.Members.Count];
        Path.EnterObject();
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = reader.GetString()!;
            Path.SetMember(name);
            if (!shape.TryGetIndex(name, out var index))
            {
                Refuse(ref reader, UnknownMemberMessage.For(name, shape.ClrType.Name, shape.Members.Select(m => m.Name).ToArray()));
                continue;
            }

            if (seen[index])
            {
                Refuse(ref reader, Quoted.Name(name) + " appears more than once in this object; give each member once");
                continue;
            }

            seen[index] = true;
            Advance(ref reader);
            Value(ref reader, shape.Members[index].Shape, shape.Members[index].AllowsNull);
        }

        Path.Exit();
    }

    private void List(ref Utf8JsonReader reader, JsonShape item)
    {
        Path.EnterArray();
        while (true)
        {
            Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            Path.NextItem();
            Value(ref reader, item, allowsNull: false);
        }

        Path.Exit();
    }
}
