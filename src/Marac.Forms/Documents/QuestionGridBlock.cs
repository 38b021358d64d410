namespace Marac.Forms.Documents;

/// <summary>
/// Questions laid out as a grid, one row per question: its number, the question with any sub-options and
/// "say which" lines beneath it, one tick column per answer (Yes, No, Don't know) and a column for where the
/// answer came from and a comment. The header row repeats on every page the grid runs over.
/// </summary>
/// <param name="Columns">The grid's columns, left to right: number, question, one per answer option, source and comment.</param>
/// <param name="Rows">One row per question, in order.</param>
public sealed record QuestionGridBlock(IReadOnlyList<QuestionGridColumn> Columns, IReadOnlyList<QuestionGridRow> Rows) : DocumentBlock
{
    /// <summary>How many answer columns the grid has (one per option of each row's response).</summary>
    public int AnswerColumnCount => Columns.Count - 3;
}
