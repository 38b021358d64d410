namespace Marac.Forms.Documents;

/// <summary>One option of a choice.</summary>
/// <param name="Value">The stored value (the JSON value, for example <c>dontKnow</c> or <c>true</c>).</param>
/// <param name="Label">The printed label.</param>
/// <param name="IsSelected">True when this option is chosen.</param>
public sealed record ChoiceOption(string Value, string Label, bool IsSelected);
