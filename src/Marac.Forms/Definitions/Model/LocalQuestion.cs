namespace Marac.Forms.Definitions.Model;

/// <summary>A question a local variant adds to the Dash checklist; its answer is kept in the checklist's local items under <see cref="Id"/>.</summary>
/// <param name="Id">The item identifier stored with the answer.</param>
/// <param name="Number">The printed number or code, for example <c>C1</c>.</param>
/// <param name="Label">The question.</param>
/// <param name="Help">Optional prompt printed under it.</param>
/// <param name="Origin">The variant that added it, printed so the wording is clearly local.</param>
/// <param name="Location">Where it was written.</param>
internal sealed record LocalQuestion(string Id, string Number, string Label, string? Help, string Origin, SourceLocation Location);
