namespace Marac.Forms.Documents;

/// <summary>A repeating table such as children or the sharing log. Its header row repeats on every page it spans, and rows may split across pages.</summary>
/// <param name="Binding">The list member, as a JSON-style path (for example <c>children</c>).</param>
/// <param name="Caption">The printed caption.</param>
/// <param name="Columns">The columns in order.</param>
/// <param name="Rows">The rows; on a blank form, empty rows with writing space.</param>
/// <remarks>
/// <see cref="Columns"/> and each row's cells hold one entry per member; <see cref="PrintedColumns"/> says how they
/// are printed, where a stacked column prints several members one under another.
/// </remarks>
public sealed record TableBlock(string Binding, string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : DocumentBlock
{
    /// <summary>The columns as printed, left to right, each naming the members it holds (computed on each call).</summary>
    public IReadOnlyList<TablePrintedColumn> PrintedColumns => TablePrintedColumn.Group(Columns);
}
