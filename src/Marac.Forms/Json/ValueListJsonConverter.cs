using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marac.Forms.Json;

/// <summary>
/// The converter <see cref="ValueListJsonConverterFactory"/> makes for one item type. A list is always written,
/// as <c>[]</c> when empty, and must be an array when read: null is refused, as are null items.
/// </summary>
/// <remarks>
/// Items are read through a nested serializer call, so the framework's error paths inside lists are relative to
/// the item. <see cref="MaracJson"/> does not rely on them: it checks the file against the record shapes first
/// and computes every path itself.
/// </remarks>
internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>, IValueListConverter
{
    public override bool HandleNull => true;

    /// <inheritdoc />
    public Type ItemType => typeof(T);

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected a list in square brackets [ ]");
        }

        var items = new List<T>();
        var itemInfo = options.GetTypeInfo(typeof(T));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return new ValueList<T>(items);
            }

            var item = (T?)JsonSerializer.Deserialize(ref reader, itemInfo);
            if (item is null)
            {
                throw new JsonException("expected a list item, not null");
            }

            items.Add(item);
        }

        throw new JsonException("the list is not closed");
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
