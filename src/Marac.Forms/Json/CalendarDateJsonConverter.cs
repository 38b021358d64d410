using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marac.Forms.Json;

/// <summary>Reads and writes <see cref="CalendarDate"/> as a <c>YYYY-MM-DD</c> string.</summary>
internal sealed class CalendarDateJsonConverter : JsonConverter<CalendarDate>
{
    public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && CalendarDate.TryParseIso(reader.GetString(), out var date))
        {
            return date;
        }

        throw new JsonException("expected a real date written as \"YYYY-MM-DD\"");
    }

    public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
