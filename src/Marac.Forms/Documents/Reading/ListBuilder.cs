using System.Text.Json.Nodes;

namespace Marac.Forms.Documents.Reading;

/// <summary>
/// A list being assembled: the record's own entries by position (always kept, even when empty), then the
/// spare slots a person filled in, in the order they were first met (kept only when they hold a value).
/// </summary>
internal sealed class ListBuilder
{
    private readonly SortedDictionary<int, EntryBuilder> existing = new();
    private readonly List<KeyValuePair<string, EntryBuilder>> added = new();

    internal EntryBuilder Existing(int index)
    {
        if (!existing.TryGetValue(index, out var entry))
        {
            entry = new EntryBuilder();
            existing[index] = entry;
        }

        return entry;
    }

    internal EntryBuilder Added(string slot, string? keyMember, string? keyValue)
    {
        foreach (var pair in added)
        {
            if (pair.Key == slot)
            {
                return pair.Value;
            }
        }

        var entry = new EntryBuilder();
        if (keyMember is not null)
        {
            entry.Key = new KeyValuePair<string, string>(keyMember, keyValue!);
        }

        added.Add(new(slot, entry));
        return entry;
    }

    internal bool AnyEntry() => existing.Count > 0 || added.Any(a => a.Value.AnyValue());

    internal JsonArray ToJson()
    {
        var array = new JsonArray();
        foreach (var entry in existing.Values)
        {
            array.Add((JsonNode)entry.ToJson());
        }

        foreach (var slot in added)
        {
            if (slot.Value.AnyValue())
            {
                var json = slot.Value.ToJson();
                if (slot.Value.Key is { } key)
                {
                    json[key.Key] = key.Value;
                }

                array.Add((JsonNode)json);
            }
        }

        return array;
    }
}
