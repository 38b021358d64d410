namespace Marac.Forms.Documents;

/// <summary>A column of a table as printed: one member, or a stack of members printed one under another.</summary>
/// <param name="Header">The header text.</param>
/// <param name="RelativeWidth">The column's share of the table width.</param>
/// <param name="FirstMember">The index in <see cref="TableBlock.Columns"/> (and in each row's cells) of its first member.</param>
/// <param name="MemberCount">How many members it holds: 1 for a plain column.</param>
public sealed record TablePrintedColumn(string Header, double RelativeWidth, int FirstMember, int MemberCount)
{
    /// <summary>True when the column prints several members, each with its <see cref="TableColumn.PartLabel"/>.</summary>
    public bool IsStacked => MemberCount > 1;

    internal static IReadOnlyList<TablePrintedColumn> Group(IReadOnlyList<TableColumn> columns)
    {
        var printed = new List<TablePrintedColumn>();
        for (var c = 0; c < columns.Count; c++)
        {
            var count = 1;
            while (c + count < columns.Count && columns[c + count].StackedOnPrevious)
            {
                count++;
            }

            printed.Add(new TablePrintedColumn(columns[c].Header, columns[c].RelativeWidth, c, count));
            c += count - 1;
        }

        return printed;
    }
}
