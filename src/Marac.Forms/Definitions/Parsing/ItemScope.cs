using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>What bindings are relative to while items are read: the record itself, or each entry of a repeated list.</summary>
/// <param name="Shape">The shape bindings start from.</param>
/// <param name="Prefix">The absolute pattern of that type, for example <c>children[]</c>; empty at the record.</param>
internal readonly record struct ItemScope(JsonShape Shape, string Prefix)
{
    internal bool IsListEntry => Prefix.Length > 0;
}
