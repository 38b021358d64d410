using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>A record written as a JSON object: only its own members, each at most once, in any order, any of them left out.</summary>
internal sealed class ObjectShape : JsonShape
{
    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);
    private ShapeMember[] members = Array.Empty<ShapeMember>();

    internal ObjectShape(Type recordType) => RecordType = recordType;

    internal Type RecordType { get; }

    internal IReadOnlyList<ShapeMember> Members => members;

    internal override string Expectation => "an object in curly braces { }";

    /// <summary>Sets the members once they are built (members may refer back to this shape).</summary>
    internal void Initialise(IEnumerable<ShapeMember> shapeMembers)
    {
        members = shapeMembers.ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            indexByName.Add(members[i].Name, i);
        }
    }

    internal override void Check(ref Utf8JsonReader reader, ShapeCheck check)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            check.Refuse(ref reader, WrongKind(reader.TokenType));
            return;
        }

        var seen = new bool[members.Length];
        check.Path.EnterObject();
        while (true)
        {
            ShapeCheck.Advance(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = reader.GetString()!;
            check.Path.SetMember(name);
            if (!indexByName.TryGetValue(name, out var index))
            {
                check.Refuse(ref reader, UnknownMember(name));
                continue;
            }

            if (seen[index])
            {
                check.Refuse(ref reader, Quoted.Name(name) + " appears more than once in this object; give each member once");
                continue;
            }

            seen[index] = true;
            ShapeCheck.Advance(ref reader);
            check.Value(ref reader, members[index].Shape, members[index].AllowsNull);
        }

        check.Path.Exit();
    }

    internal override void CheckWritable(object value, JsonPathStack path)
    {
        path.EnterObject();
        foreach (var member in members)
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

            member.Shape.CheckWritable(memberValue, path);
        }

        path.Exit();
    }

    /// <summary>The message for a member this record does not have, with the likely intended name when there is one.</summary>
    internal string UnknownMember(string name) => UnknownMember(name, RecordType.Name, members.Select(m => m.Name).ToArray());

    internal static string UnknownMember(string name, string owner, IReadOnlyList<string> known)
    {
        var message = Quoted.Name(name) + " is not a member of " + owner;
        var suggestion = Suggest(name, known);
        if (suggestion is not null)
        {
            return message + "; did you mean " + Quoted.Name(suggestion) + "? (names are case-sensitive)";
        }

        return known.Count <= 8 ? message + "; its members are " + Quoted.List(known, "and") : message;
    }

    private static string? Suggest(string name, IReadOnlyList<string> known)
    {
        var caseOnly = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (caseOnly is not null)
        {
            return caseOnly;
        }

        if (name.Length < 4 || name.Length > 100)
        {
            return null;
        }

        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
