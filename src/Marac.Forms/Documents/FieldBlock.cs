namespace Marac.Forms.Documents;

/// <summary>A labelled input with its value (or writing space on a blank form).</summary>
/// <param name="Binding">The record member it shows, as a JSON-style path such as <c>victim.name.givenNames</c> or <c>children[0].school</c>.</param>
/// <param name="Label">The printed label.</param>
/// <param name="Help">Optional help or prompt, printed after the label and before the answer.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Value">The value as printed (dates already as DD/MM/YYYY, lists one item per line); null when empty.</param>
/// <param name="WritingLines">
/// Lines of handwriting space to leave when the value is empty: on a blank form as many as the definition asks for;
/// on a completed form 0, where an unanswered input takes one line of text.
/// </param>
public sealed record FieldBlock(string Binding, string Label, string? Help, FieldKind Kind, string? Value, int WritingLines) : DocumentBlock
{
    /// <summary>
    /// True for an input left empty on a completed form. Inside a question grid it prints nothing, not even its
    /// label; a renderer whose output is filled in later (a Word content control) keeps the input, unlabelled.
    /// </summary>
    public bool IsUnansweredOnCompletedForm => Value is not { Length: > 0 } && WritingLines == 0;
}
