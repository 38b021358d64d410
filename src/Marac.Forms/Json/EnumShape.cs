using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>An enum value, written as the exact camel-case name of one of its members.</summary>
internal sealed class EnumShape : JsonShape
{
    private readonly EnumNames names;

    internal EnumShape(EnumNames names) => this.names = names;

    internal override string Expectation => "one of " + names.Describe();

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }

        if (!names.TryGetValue(reader.GetString()!, out _))
        {
            check.Refuse(ref reader, "expected " + Expectation + " (names are case-sensitive)");
            return;
        }
    }

    internal override void CheckWritable(object value, JsonPathStack path)
    {
        if (!names.TryGetName(value, out _))
        {
            throw new ArgumentException(
                $"The form cannot be written: {path} holds {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}, which is not one of the {names.EnumType.Name} values.");
        }
    }
}
