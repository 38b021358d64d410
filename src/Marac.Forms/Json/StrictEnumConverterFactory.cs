using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marac.Forms.Json;

/// <summary>
/// Writes enums as their camel-case member names and reads exactly those names back: no numbers, no other
/// casing, no comma-separated combinations. The framework's string-enum converter accepts all three, which
/// would let a typing slip such as <c>"female, male"</c> silently become a different answer.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}
