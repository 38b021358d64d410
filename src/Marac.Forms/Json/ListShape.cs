using System.Collections;
using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>A <see cref="ValueList{T}"/> written as a JSON array; its items are never null.</summary>
internal sealed class ListShape : JsonShape
{
    internal ListShape(JsonShape item) => Item = item;

    internal JsonShape Item { get; }

    internal override string Expectation => "a list in square brackets [ ]";

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }

        check.Path.EnterArray();
        while (true)
        {
            ShapeCheck.Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            check.Path.NextItem();
            check.Value(ref reader, Item, allowsNull: false);
        }

        check.Path.Exit();
    }

    internal override void CheckWritable(object value, JsonPathStack path)
    {
        path.EnterArray();
        foreach (var item in (IEnumerable)value)
        {
            path.NextItem();
            if (item is null)
            {
                throw new ArgumentException($"The form cannot be written: {path} is a null list item; lists hold no nulls.");
            }

            Item.CheckWritable(item, path);
        }

        path.Exit();
    }
}
