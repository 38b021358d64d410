using System.Collections;
using System.Text.Json.Serialization.Metadata;
using Marac.Forms.Json;
using static Marac.Forms.ProblemCollector;

namespace Marac.Forms.Documents;

/// <summary>
/// Finds every text value of a record that holds a character <see cref="UnprintableCharacters"/> rejects. It walks
/// the record itself, member by member through its JSON metadata (so paths are the JSON paths validation uses),
/// not its JSON text: writing JSON would already have replaced half a surrogate pair.
/// </summary>
internal static class UnprintableTextFinder
{
    private const int MaximumDepth = 32;

    /// <summary>Each text value at fault, with its path and what is wrong.</summary>
    internal static IReadOnlyList<ValidationProblem> FindIn(object record)
    {
        var problems = new List<ValidationProblem>();
        Walk(record, string.Empty, problems, depth: 0);
        return problems;
    }

    private static void Walk(object? value, string path, List<ValidationProblem> problems, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                int at = UnprintableCharacters.IndexOfFirst(text);
                if (at >= 0)
                {
                    problems.Add(new ValidationProblem(path, UnprintableCharacters.Describe(text, at)));
                }

                return;
            case IEnumerable items:
                int index = 0;
                foreach (object? item in items)
                {
                    Walk(item, Index(path, index++), problems, depth + 1);
                }

                return;
        }

        if (depth > MaximumDepth || value.GetType().IsValueType)
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
                Walk(get(value), Join(path, property.Name), problems, depth + 1);
            }
        }
    }
}
