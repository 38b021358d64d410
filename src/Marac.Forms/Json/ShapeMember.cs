using System.Text.Json.Serialization.Metadata;

namespace Marac.Forms.Json;

/// <summary>One member of a record's <see cref="JsonShape"/>.</summary>
internal sealed class ShapeMember
{
    internal ShapeMember(JsonPropertyInfo property, JsonShape shape, bool allowsNull)
    {
        Property = property;
        Shape = shape;
        AllowsNull = allowsNull;
    }

    /// <summary>The serializer's metadata for the member, which reads its value from a record.</summary>
    internal JsonPropertyInfo Property { get; }

    /// <summary>The member's camel-case JSON name, which bindings use too.</summary>
    internal string Name => Property.Name;

    /// <summary>What the member holds (for a nullable value type, the shape of the value it holds when not null).</summary>
    internal JsonShape Shape { get; }

    /// <summary>
    /// True when the member may be null (or absent), which its declared type says: <c>T?</c>. False when the record
    /// always holds a value there: a file may not give null, a writer refuses it, and Word read-back gives empty text.
    /// </summary>
    internal bool AllowsNull { get; }
}
