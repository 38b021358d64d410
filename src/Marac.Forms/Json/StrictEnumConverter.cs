using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marac.Forms.Json;

/// <summary>The converter <see cref="StrictEnumConverterFactory"/> makes for one enum type.</summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, IStrictEnumConverter
    where TEnum : struct, Enum
{
    private readonly EnumNames names = EnumNames.For(typeof(TEnum));

    /// <inheritdoc />
    public EnumNames Names => names;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && names.TryGetValue(reader.GetString()!, out var value))
        {
            return (TEnum)value;
        }

        throw new JsonException("expected one of " + names.Describe());
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!names.TryGetName(value, out var name))
        {
            throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name} value.");
        }

        writer.WriteStringValue(name);
    }
}
