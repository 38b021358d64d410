using System.Collections;

namespace Marac.Forms.Json;

/// <summary>
/// Checks a value against its <see cref="JsonShape"/> before it is written, refusing what would not read back as it
/// is: null where a value is required, a null list item, an undefined enum value, text with a broken character.
/// </summary>
internal static class WritableCheck
{
    /// <summary>Checks <paramref name="value"/> (never null); throws <see cref="ArgumentException"/> naming the path.</summary>
    internal static void Run(object value, JsonShape shape, JsonPathStack path)
    {
        switch (shape.Kind)
        {
            case JsonShapeKind.Text when Utf8Input.FindUnpairedSurrogate((string)value) >= 0:
                throw new ArgumentException($"The form cannot be written: the text at {path} holds a broken character (an unpaired UTF-16 surrogate), which UTF-8 cannot store.");
            case JsonShapeKind.Enumeration when !shape.EnumNames!.TryGetName(value, out _):
                throw new ArgumentException(
                    $"The form cannot be written: {path} holds {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}, which is not one of the {shape.ClrType.Name} values.");
            case JsonShapeKind.Object:
                Object(value, shape, path);
                break;
            case JsonShapeKind.List:
                List((IEnumerable)value, shape.Element!, path);
                break;
        }
    }

    private static void Object(object value, JsonShape shape, JsonPathStack path)
    {
        path.EnterObject();
        foreach (var member in shape.Members)
        {
            path.SetMember(member.Name);
            var memberValue = member.Property.Get!(value);
            if (memberValue is null)
            {
                if (!member.AllowsNull)
                {
                    throw new ArgumentException($"The form cannot be written: {path} is null, but it must hold a value.");
                }

                continue;
            }

            Run(memberValue, member.Shape, path);
        }

        path.Exit();
    }

    private static void List(IEnumerable items, JsonShape item, JsonPathStack path)
    {
        path.EnterArray();
        foreach (var entry in items)
        {
            path.NextItem();
            if (entry is null)
            {
                throw new ArgumentException($"The form cannot be written: {path} is a null list item; lists hold no nulls.");
            }

            Run(entry, item, path);
        }

        path.Exit();
    }
}
