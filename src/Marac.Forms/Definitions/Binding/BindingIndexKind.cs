namespace Marac.Forms.Definitions.Binding;

/// <summary>How a binding-path segment picks an item of a list.</summary>
internal enum BindingIndexKind
{
    /// <summary>The segment names a member, not a list item.</summary>
    None,

    /// <summary><c>name[3]</c>: the record's item at that position (0-based).</summary>
    Existing,

    /// <summary><c>name[+2]</c>: a spare slot for a new item, added after the existing ones when something is filled in.</summary>
    New,

    /// <summary><c>name[+itemId=local-child-1]</c>: a spare slot for a new item whose key member is preset.</summary>
    NewKeyed,
}
