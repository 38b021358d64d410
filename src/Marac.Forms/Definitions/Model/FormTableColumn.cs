namespace Marac.Forms.Definitions.Model;

/// <summary>A column of a repeating table.</summary>
/// <param name="Binding">The member of each row, relative to the row.</param>
/// <param name="Header">The header text.</param>
/// <param name="Kind">Single line, multi-line, text list, date, number or choice.</param>
/// <param name="Width">The column's relative width.</param>
/// <param name="Options">For a choice column, its options; otherwise empty.</param>
/// <param name="Location">Where the column was written.</param>
internal sealed record FormTableColumn(string Binding, string Header, FormItemKind Kind, double Width, IReadOnlyList<FormOption> Options, SourceLocation Location)
{
    /// <summary>For a choice column, true when it binds a yes/no member rather than an enumeration.</summary>
    internal bool IsBoolean { get; init; }

    /// <summary>For a part of a stacked column, the part's own label printed in the cell; null for a plain column.</summary>
    internal string? PartLabel { get; init; }

    /// <summary>True for the second and later parts of a stacked column: printed in the same column as the part before.</summary>
    internal bool StackedOnPrevious { get; init; }
}
