using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>
/// What one JSON value must look like for a record member: text, a yes/no, a whole number, a date, an enum name,
/// a list or an object with known members. Shapes are built from the serializer's own metadata
/// (<see cref="JsonShapes"/>), so they always match what is written.
/// </summary>
/// <remarks>
/// Every file is checked against the shapes before it is deserialized. The check reports every problem with an
/// exact path and position, skipping each value at fault and going on, and refuses what the serializer would let
/// through silently: null where a value is required, and a member given twice.
/// </remarks>
internal abstract class JsonShape
{
    /// <summary>What a value must look like, for messages, such as <c>text in double quotes</c>.</summary>
    internal abstract string Expectation { get; }

    /// <summary>Checks the value at the reader's current token, which is not null, reports what is wrong with it, and leaves the reader on its last token.</summary>
    internal abstract void Check(ref Utf8JsonReader reader, ShapeCheck check);

    /// <summary>Checks a value about to be written (never null); throws <see cref="ArgumentException"/> naming the path.</summary>
    internal virtual void CheckWritable(object value, JsonPathStack path)
    {
    }

    /// <summary>The message for a value of the wrong kind: "expected X, not Y".</summary>
    protected string WrongKind(JsonTokenType found) => "expected " + Expectation + ", not " + Describe(found);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => "this",
    };
}
