namespace Marac.Forms.Documents;

/// <summary>A table column.</summary>
/// <param name="Binding">The member within each row, as a relative path (for example <c>name.givenNames</c>).</param>
/// <param name="Header">The header text.</param>
/// <param name="Kind">The kind of value in the column.</param>
/// <param name="RelativeWidth">The column's share of the table width; renderers scale these to fit.</param>
/// <param name="Options">For a column of choices, the options (without state); null otherwise.</param>
public sealed record TableColumn(string Binding, string Header, FieldKind Kind, double RelativeWidth, IReadOnlyList<ChoiceOption>? Options = null)
{
    /// <summary>
    /// True on a blank form when the column has too many options to tick in a cell: each cell is a line to write one
    /// in, and the options follow the table as a note.
    /// </summary>
    public bool OptionsListedBelow { get; init; }

    /// <summary>
    /// For a member printed in a stacked column (several members of one entry, one under another, such as the parts
    /// of an address), the member's own label, printed in the cell; null for a column of one member.
    /// </summary>
    public string? PartLabel { get; init; }

    /// <summary>
    /// True when this member is printed in the same column as the member before it, below it; its
    /// <see cref="Header"/> and <see cref="RelativeWidth"/> are then those of the stack.
    /// </summary>
    public bool StackedOnPrevious { get; init; }
}
