using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>Text, written as a JSON string.</summary>
internal sealed class TextShape : JsonShape
{
    internal static TextShape Instance { get; } = new();

    internal override string Expectation => "text in double quotes";

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }
    }

    internal override void CheckWritable(object value, JsonPathStack path)
    {
        if (Utf8Input.FindUnpairedSurrogate((string)value) >= 0)
        {
            throw new ArgumentException($"The form cannot be written: the text at {path} holds a broken character (an unpaired UTF-16 surrogate), which UTF-8 cannot store.");
        }
    }
}
