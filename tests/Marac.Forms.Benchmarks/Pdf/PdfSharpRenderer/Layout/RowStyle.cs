namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>How a row is framed and tagged.</summary>
internal enum RowStyle
{
    /// <summary>A table's header row: shaded, ruled, tagged TR with TH cells.</summary>
    TableHeader,

    /// <summary>A table row: ruled, tagged TR with TD cells.</summary>
    TableBody,

    /// <summary>A label beside its value: the value underlined, each cell tagged as a paragraph.</summary>
    Field,
}
