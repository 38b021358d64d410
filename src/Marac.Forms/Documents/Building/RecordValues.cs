using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marac.Forms.Documents.Building;

/// <summary>Reads values out of a record's JSON form by binding path and formats them for printing.</summary>
internal static class RecordValues
{
    /// <summary>The node at <paramref name="binding"/> (JSON names joined by dots) below <paramref name="start"/>, or null.</summary>
    internal static JsonNode? Find(JsonObject? start, string binding)
    {
        JsonNode? node = start;
        var position = 0;
        while (node is JsonObject obj && position <= binding.Length)
        {
            var dot = binding.IndexOf('.', position);
            var name = dot < 0 ? binding.Substring(position) : binding.Substring(position, dot - position);
            obj.TryGetPropertyValue(name, out node);
            if (dot < 0)
            {
                return node;
            }

            position = dot + 1;
        }

        return null;
    }

    /// <summary>The entries of the list at <paramref name="binding"/>; empty when there is none.</summary>
    internal static IReadOnlyList<JsonObject> Entries(JsonObject? start, string binding)
    {
        if (Find(start, binding) is not JsonArray array)
        {
            return Array.Empty<JsonObject>();
        }

        var entries = new List<JsonObject>(array.Count);
        foreach (var item in array)
        {
            entries.Add(item as JsonObject ?? new JsonObject());
        }

        return entries;
    }

    /// <summary>The printed text of a field: dates as DD/MM/YYYY, lists one item per line; null when empty.</summary>
    internal static string? Format(JsonNode? node, FieldKind kind)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
                var lines = new List<string>(array.Count);
                foreach (var item in array)
                {
                    if (item is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        lines.Add(text);
                    }
                }

                return lines.Count == 0 ? null : string.Join("\n", lines);
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (text.Length == 0)
                {
                    return null;
                }

                return kind == FieldKind.Date && CalendarDate.TryParseIso(text, out var date) ? date.ToUkString() : text;
            case JsonValue value when value.TryGetValue<int>(out var number):
                return number.ToString(CultureInfo.InvariantCulture);
            default:
                return node.ToJsonString();
        }
    }

    /// <summary>The option values a node holds: a bool as <c>true</c>/<c>false</c>, a string as itself, a list as its items.</summary>
    internal static ICollection<string> SelectedValues(JsonNode? node)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    if (Scalar(item) is { } text)
                    {
                        selected.Add(text);
                    }
                }

                break;
            default:
                if (Scalar(node) is { } value)
                {
                    selected.Add(value);
                }

                break;
        }

        return selected;
    }

    private static string? Scalar(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<bool>(out var flag))
        {
            return flag ? "true" : "false";
        }

        if (value.TryGetValue<string>(out var text))
        {
            return text;
        }

        return value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : null;
    }
}
