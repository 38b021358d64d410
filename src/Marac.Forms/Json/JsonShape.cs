using System.Text.Json;

namespace Marac.Forms.Json;

/// <summary>
/// What one JSON value must look like for a record member: text, a yes/no, a whole number, a date, an enum name,
/// a list of one shape or an object with known members. Built once per type from the serializer's own metadata
/// (<see cref="JsonShapes"/>), so it always matches what is written. Files are checked against it before they are
/// deserialized (<see cref="ShapeCheck"/>), values before they are written (<see cref="WritableCheck"/>), and
/// form definitions bind their inputs to its members.
/// </summary>
internal sealed class JsonShape
{
    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);
    private ShapeMember[] members = Array.Empty<ShapeMember>();

    internal JsonShape(Type clrType, JsonShapeKind kind, JsonShape? element = null, EnumNames? enumNames = null)
    {
        ClrType = clrType;
        Kind = kind;
        Element = element;
        EnumNames = enumNames;
    }

    /// <summary>The .NET type of the values (for a nullable value type, the type it wraps).</summary>
    internal Type ClrType { get; }

    internal JsonShapeKind Kind { get; }

    /// <summary>For a list, the shape of its items; otherwise null.</summary>
    internal JsonShape? Element { get; }

    /// <summary>For an enumeration, the JSON names of its values; otherwise null.</summary>
    internal EnumNames? EnumNames { get; }

    /// <summary>For an object, its members in declaration order; otherwise empty.</summary>
    internal IReadOnlyList<ShapeMember> Members => members;

    /// <summary>What a value must look like, for messages about a file, such as <c>text in double quotes</c>.</summary>
    internal string Expectation => Kind switch
    {
        JsonShapeKind.Text => "text in double quotes",
        JsonShapeKind.Boolean => "true or false",
        JsonShapeKind.WholeNumber => "a whole number",
        JsonShapeKind.Date => "a real date written as \"YYYY-MM-DD\"",
        JsonShapeKind.Enumeration => "one of " + EnumNames!.Describe(),
        JsonShapeKind.Object => "an object in curly braces { }",
        _ => "a list in square brackets [ ]",
    };

    /// <summary>What a member holds, for messages about a form definition's bindings, such as <c>a choice of Gender</c>.</summary>
    internal string Description => Kind switch
    {
        JsonShapeKind.Text => "text",
        JsonShapeKind.Boolean => "true/false",
        JsonShapeKind.WholeNumber => "a whole number",
        JsonShapeKind.Date => "a date",
        JsonShapeKind.Enumeration => "a choice of " + ClrType.Name,
        JsonShapeKind.Object => "a group of fields (" + ClrType.Name + ")",
        _ => "a list of " + Element!.Description,
    };

    /// <summary>The member with this JSON name; null when an object has none (and always for other shapes).</summary>
    internal ShapeMember? Find(string jsonName) => indexByName.TryGetValue(jsonName, out var index) ? members[index] : null;

    /// <summary>The position of the member with this JSON name in <see cref="Members"/>; false when there is none.</summary>
    internal bool TryGetIndex(string jsonName, out int index) => indexByName.TryGetValue(jsonName, out index);

    /// <summary>The member a pattern such as <c>children[].school</c> names, starting from this shape; null when there is none.</summary>
    internal ShapeMember? Resolve(string pattern)
    {
        var shape = this;
        ShapeMember? member = null;
        foreach (var part in pattern.Split('.'))
        {
            var name = part.EndsWith("[]", StringComparison.Ordinal) ? part.Substring(0, part.Length - 2) : part;
            if (member is not null)
            {
                shape = member.Shape.Kind == JsonShapeKind.List ? member.Shape.Element! : member.Shape;
            }

            member = shape.Find(name);
            if (member is null)
            {
                return null;
            }
        }

        return member;
    }

    /// <summary>What a token found where a value was expected is, for messages: "text", "a number", "null"...</summary>
    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => "this",
    };

    /// <summary>Sets an object's members once they are built (members may refer back to this shape).</summary>
    internal void Initialise(IEnumerable<ShapeMember> objectMembers)
    {
        members = objectMembers.ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            indexByName.Add(members[i].Name, i);
        }
    }
}
