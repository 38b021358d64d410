namespace Marac.Forms.Definitions.Binding;

/// <summary>One step of a binding path: a member name, optionally with a list position.</summary>
internal readonly record struct BindingSegment(string Name, BindingIndexKind IndexKind, int Index, string? KeyMember, string? KeyValue);
