using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>A yes/no answer, written as JSON true or false.</summary>
internal sealed class BooleanShape : JsonShape
{
    internal static BooleanShape Instance { get; } = new();

    internal override string Expectation => "true or false";

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }
    }
}
