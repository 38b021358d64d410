namespace Marac.Forms.Definitions.Model;

/// <summary>One option of a choice: the JSON value stored and the printed label.</summary>
internal sealed record FormOption(string Value, string Label);
