namespace Marac.Forms.Documents;

/// <summary>A table cell.</summary>
/// <param name="Binding">The record member, as a full JSON-style path (for example <c>children[1].school</c>).</param>
/// <param name="Value">The value as printed; null when empty.</param>
/// <param name="WritingLines">Lines of handwriting space when empty on a blank form; 0 on a completed form (one line of text).</param>
public sealed record TableCell(string Binding, string? Value, int WritingLines)
{
    /// <summary>
    /// True for a cell left empty on a completed form. In a stacked column such a part prints nothing, not even its
    /// label; a renderer whose output is filled in later (a Word content control) keeps the input, unlabelled.
    /// </summary>
    public bool IsUnansweredOnCompletedForm => Value is not { Length: > 0 } && WritingLines == 0;
}
