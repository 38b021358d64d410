namespace Marac.Forms.Definitions.Model;

/// <summary>The condition under which a section or group is printed on a completed form: the choice at <paramref name="Binding"/> holds one of <paramref name="Values"/>, or the tick list there has one of them ticked.</summary>
/// <param name="Binding">The record member (JSON names joined by dots) holding the choice.</param>
/// <param name="Values">The JSON values for which the section is printed.</param>
internal sealed record PrintCondition(string Binding, IReadOnlyList<string> Values);
