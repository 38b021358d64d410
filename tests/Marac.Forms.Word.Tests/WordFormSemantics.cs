using System.Reflection;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// What a printed or Word form can carry, applied to a record: a tick list records which options are
/// ticked, not the order they were ticked in (it reads back in the form's option order, which is the
/// order of the enumeration); and a list of short texts is written one item per line, so a line break
/// inside an item makes two items. Everything else must come back exactly.
/// </summary>
internal static class WordFormSemantics
{
    internal static T AsTheFormCarriesIt<T>(T record)
        where T : class => (T)Canonical(record);

    internal static object AsTheFormCarriesIt(object record) => Canonical(record);

    private static object Canonical(object value)
    {
        var type = value.GetType();
        var clone = type.GetMethod("<Clone>$")?.Invoke(value, null);
        if (clone is null)
        {
            return value;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var current = property.GetValue(clone);
            if (current is null)
            {
                continue;
            }

            property.SetValue(clone, Canonical(property.PropertyType, current));
        }

        return clone;
    }

    private static object Canonical(Type type, object value)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ValueList<>))
        {
            return type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Marac.Forms", StringComparison.Ordinal) == true ? Canonical(value) : value;
        }

        var itemType = type.GetGenericArguments()[0];
        var items = ((System.Collections.IEnumerable)value).Cast<object>();
        if (itemType.IsEnum)
        {
            items = items.OrderBy(item => Convert.ToInt64(item, System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (itemType == typeof(string))
        {
            items = items.Cast<string>().SelectMany(item => item.Split('\n')).Where(line => line.Length > 0);
        }
        else
        {
            items = items.Select(Canonical);
        }

        var array = Array.CreateInstance(itemType, items.Count());
        var i = 0;
        foreach (var item in items)
        {
            array.SetValue(item, i++);
        }

        return Activator.CreateInstance(type, array)!;
    }
}
