using System.Text.Json.Serialization.Metadata;

namespace Marac.Forms.Json;

/// <summary>One member of an <see cref="ObjectShape"/>.</summary>
internal sealed class ShapeMember
{
    internal ShapeMember(JsonPropertyInfo property, JsonShape shape, bool allowsNull)
    {
        Property = property;
        Shape = shape;
        AllowsNull = allowsNull;
    }

    internal JsonPropertyInfo Property { get; }

    internal string Name => Property.Name;

    internal JsonShape Shape { get; }

    /// <summary>True when the member may be null (or absent); false when the record always holds a value there.</summary>
    internal bool AllowsNull { get; }
}
