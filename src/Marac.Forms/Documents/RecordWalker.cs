using System.Collections;
using System.Text.Json.Serialization.Metadata;
using Marac.Forms.Json;
using static Marac.Forms.ProblemCollector;

namespace Marac.Forms.Documents;

/// <summary>
/// Visits every value a record holds, with its path as validation writes it (<c>children[1].name.givenNames</c>),
/// member by member through the record's JSON metadata: the record itself, not its JSON text, so nothing is
/// changed on the way (writing JSON would already replace half a surrogate pair).
/// </summary>
internal static class RecordWalker
{
    private const int MaximumDepth = 32;

    /// <summary>Calls <paramref name="visit"/> for every non-null value below <paramref name="record"/>, the record first.</summary>
    internal static void Walk(object record, Action<object, string> visit) => Walk(record, string.Empty, visit, depth: 0);

    private static void Walk(object? value, string path, Action<object, string> visit, int depth)
    {
        if (value is null || depth > MaximumDepth)
        {
            return;
        }

        visit(value, path);
        switch (value)
        {
            case string:
                return;
            case IEnumerable items:
                int index = 0;
                foreach (object? item in items)
                {
                    Walk(item, Index(path, index++), visit, depth + 1);
                }

                return;
        }

        if (value.GetType().IsValueType)
        {
            return;
        }

        JsonTypeInfo info = MaracJsonOptions.Default.GetTypeInfo(value.GetType());
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (property.Get is { } get)
            {
                Walk(get(value), Join(path, property.Name), visit, depth + 1);
            }
        }
    }
}
