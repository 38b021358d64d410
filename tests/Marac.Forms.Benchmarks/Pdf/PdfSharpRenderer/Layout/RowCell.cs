namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>A cell of a row: its horizontal position, its stacked content and its structure tag.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Width">Width including padding.</param>
/// <param name="Units">Lines of text or writing space, top to bottom.</param>
/// <param name="Tag">Structure type of the cell's content.</param>
internal sealed record RowCell(double X, double Width, IReadOnlyList<CellUnit> Units, StructureTag Tag)
{
    public double ContentHeight
    {
        get
        {
            double height = 0;
            foreach (CellUnit unit in Units)
            {
                height += unit.Height;
            }

            return height;
        }
    }
}
