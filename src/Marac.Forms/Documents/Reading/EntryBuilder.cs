using System.Text.Json.Nodes;

namespace Marac.Forms.Documents.Reading;

/// <summary>An object being assembled from answers: members hold JSON values, nested objects or lists.</summary>
internal sealed class EntryBuilder
{
    private readonly List<KeyValuePair<string, object>> members = new();

    /// <summary>For a spare slot that presets a key member (a local question's id), that member and its value.</summary>
    internal KeyValuePair<string, string>? Key { get; set; }

    /// <summary>True once any answer directly in this object held a value other than a default.</summary>
    internal bool HasValue { get; private set; }

    /// <summary>Sets a member; a default value (the empty text a record would hold anyway) does not count as an answer.</summary>
    internal void SetValue(string name, JsonNode value, bool isDefault = false)
    {
        members.Add(new(name, value));
        HasValue |= !isDefault;
    }

    internal EntryBuilder Child(string name) => Get(name, () => new EntryBuilder());

    internal ListBuilder List(string name) => Get(name, () => new ListBuilder());

    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var member in members)
        {
            switch (member.Value)
            {
                case JsonNode node:
                    json[member.Key] = node;
                    break;
                case EntryBuilder child when child.AnyValue():
                    json[member.Key] = child.ToJson();
                    break;
                case ListBuilder list:
                    var array = list.ToJson();
                    if (array.Count > 0)
                    {
                        json[member.Key] = array;
                    }

                    break;
            }
        }

        return json;
    }

    internal bool AnyValue() => HasValue || members.Any(m => (m.Value is EntryBuilder e && e.AnyValue()) || (m.Value is ListBuilder l && l.AnyEntry()));

    private T Get<T>(string name, Func<T> create)
        where T : class
    {
        foreach (var member in members)
        {
            if (member.Key == name && member.Value is T existing)
            {
                return existing;
            }
        }

        var created = create();
        members.Add(new(name, created));
        return created;
    }
}
