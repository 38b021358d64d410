using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>A whole number that fits a 32-bit integer, written as a JSON number (never in quotes).</summary>
internal sealed class IntegerShape : JsonShape
{
    internal static IntegerShape Instance { get; } = new();

    internal override string Expectation => "a whole number";

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }

        if (!reader.TryGetInt32(out _))
        {
            check.Refuse(ref reader, "expected a whole number from -2147483648 to 2147483647, with no decimal point or exponent");
            return;
        }
    }
}
