namespace Marac.Forms.Pdf.Layout;

/// <summary>How a row is framed and tagged.</summary>
internal enum RowStyle
{
    /// <summary>A table's header row: shaded, ruled, tagged TR with TH cells.</summary>
    TableHeader,

    /// <summary>A table row: ruled, tagged TR with TD cells.</summary>
    TableBody,

    /// <summary>A label beside its value: the value underlined, each cell tagged as a paragraph.</summary>
    Field,

    /// <summary>Short fields side by side, each label above its value: every value underlined, each cell a paragraph.</summary>
    FieldRow,

    /// <summary>Text side by side with no rules (options laid out in columns), each cell a paragraph.</summary>
    Plain,
}
