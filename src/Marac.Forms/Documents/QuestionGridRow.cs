namespace Marac.Forms.Documents;

/// <summary>One question of a <see cref="QuestionGridBlock"/>.</summary>
/// <param name="Number">The question's number as printed (for example "14."); null for a question with none.</param>
/// <param name="Response">
/// The answer: its label is the question, its help the prompt under it, and its options (in column order) fill
/// the grid's answer columns.
/// </param>
/// <param name="Details">Sub-options and "say which" lines printed beneath the question, in the question's cell.</param>
/// <param name="Source">Where the answer came from, if not from the victim.</param>
/// <param name="Comment">A comment on the answer.</param>
public sealed record QuestionGridRow(string? Number, ChoiceBlock Response, IReadOnlyList<DocumentBlock> Details, FieldBlock Source, FieldBlock Comment)
{
    /// <summary>The row's blocks in reading order: the response, the details, the source and the comment.</summary>
    public IEnumerable<DocumentBlock> Blocks => new DocumentBlock[] { Response }.Concat(Details).Concat(new DocumentBlock[] { Source, Comment });
}
