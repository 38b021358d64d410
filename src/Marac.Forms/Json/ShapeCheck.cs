using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>
/// One pass of checking JSON against a <see cref="JsonShape"/>: the path so far, where the text sits in the input,
/// and the list every problem found is added to.
/// </summary>
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

    /// <summary>Checks the value at the reader's current token, null included.</summary>
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

        shape.Check(ref reader, this);
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
}
