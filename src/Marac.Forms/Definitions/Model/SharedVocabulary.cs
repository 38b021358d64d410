namespace Marac.Forms.Definitions.Model;

/// <summary>Option sets and phrases shared by every definition (from <c>forms/shared.json</c>).</summary>
internal sealed record SharedVocabulary(
    IReadOnlyDictionary<string, IReadOnlyList<FormOption>> OptionSets,
    IReadOnlyDictionary<string, string> Phrases);
