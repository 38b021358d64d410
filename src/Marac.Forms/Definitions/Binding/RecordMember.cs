namespace Marac.Forms.Definitions.Binding;

/// <summary>One member of a record as it appears in JSON.</summary>
/// <param name="JsonName">The camel-case JSON name.</param>
/// <param name="Type">What it holds.</param>
/// <param name="IsNullable">True when the member may be empty (a nullable value or a string).</param>
internal sealed record RecordMember(string JsonName, RecordValueType Type, bool IsNullable)
{
    /// <summary>True for a string member that a new record holds as the empty string rather than null.</summary>
    internal bool DefaultsToEmptyText { get; init; }
}
