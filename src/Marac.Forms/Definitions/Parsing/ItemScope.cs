using Marac.Forms.Definitions.Binding;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>What bindings are relative to while items are read: the record itself, or each entry of a repeated list.</summary>
/// <param name="Type">The type bindings start from.</param>
/// <param name="Prefix">The absolute pattern of that type, for example <c>children[]</c>; empty at the record.</param>
internal readonly record struct ItemScope(RecordValueType Type, string Prefix)
{
    internal bool IsListEntry => Prefix.Length > 0;
}
