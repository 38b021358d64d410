using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>A <see cref="CalendarDate"/>, written as a <c>"YYYY-MM-DD"</c> string naming a day that exists.</summary>
internal sealed class DateShape : JsonShape
{
    internal static DateShape Instance { get; } = new();

    internal override string Expectation => "a real date written as \"YYYY-MM-DD\"";

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }

        if (!CalendarDate.TryParseIso(reader.GetString(), out _))
        {
            check.Refuse(ref reader, "expected " + Expectation);
            return;
        }
    }
}
