namespace Marac.Forms.Documents;

/// <summary>A table row.</summary>
/// <param name="Cells">One cell per column, in column order.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
