using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Layout;

/// <summary>
/// Cells side by side (a table row, or a label beside its value). A row taller than the space
/// left on a page is split between lines: each cell keeps the lines that fit and the rest
/// continue in a row of the same shape on the next page.
/// </summary>
internal sealed class RowFlowable : Flowable
{
    public RowFlowable(IReadOnlyList<RowCell> cells, RowStyle style)
        : this(cells, style, new object())
    {
    }

    private RowFlowable(IReadOnlyList<RowCell> cells, RowStyle style, object identity)
    {
        Cells = cells;
        Style = style;
        Identity = identity;
        double content = 0;
        foreach (RowCell cell in cells)
        {
            content = Math.Max(content, cell.ContentHeight);
        }

        Height = content + PaddingTop + PaddingBottom;
    }

    public IReadOnlyList<RowCell> Cells { get; }

    public RowStyle Style { get; }

    /// <summary>Shared by the parts of a row split across pages, so the structure tree keeps them one row with one element per cell.</summary>
    public object Identity { get; }

    public override double Height { get; }

    private bool IsTable => Style is RowStyle.TableHeader or RowStyle.TableBody;

    private double PaddingTop => IsTable ? Typography.CellPadding : 1;

    private double PaddingBottom => IsTable ? Typography.CellPadding : Style == RowStyle.Plain ? 0 : 3;

    public override (Flowable Head, Flowable Tail)? Split(double available)
    {
        double limit = available - PaddingTop - PaddingBottom;
        var heads = new RowCell[Cells.Count];
        var tails = new RowCell[Cells.Count];
        int taken = 0;
        int left = 0;
        for (int c = 0; c < Cells.Count; c++)
        {
            RowCell cell = Cells[c];
            double used = 0;
            int count = 0;
            while (count < cell.Units.Count && used + cell.Units[count].Height <= limit)
            {
                used += cell.Units[count].Height;
                count++;
            }

            taken += count;
            left += cell.Units.Count - count;
            heads[c] = cell with { Units = cell.Units.Take(count).ToArray() };
            tails[c] = cell with { Units = cell.Units.Skip(count).ToArray() };
        }

        if (taken == 0 || left == 0)
        {
            return null;
        }

        var head = new RowFlowable(heads, Style, Identity) { RepeatedHeader = RepeatedHeader };
        var tail = new RowFlowable(tails, Style, Identity) { RepeatedHeader = RepeatedHeader, KeepWithNext = KeepWithNext };
        return (head, tail);
    }

    public override void Draw(PageCanvas canvas, double top)
    {
        bool table = IsTable;
        if (table)
        {
            canvas.Begin(StructureTag.TableRow, Identity);
        }

        for (int c = 0; c < Cells.Count; c++)
        {
            RowCell cell = Cells[c];
            bool tagged = table || cell.Units.Any(u => u.IsText);
            if (tagged)
            {
                canvas.Begin(cell.Tag, (Identity, c));
            }

            DrawUnits(canvas, cell, top, decoration: false);

            if (tagged)
            {
                canvas.End();
            }
        }

        if (table)
        {
            canvas.End();
        }
    }

    public override void DrawDecoration(PageCanvas canvas, double top)
    {
        foreach (RowCell cell in Cells)
        {
            DrawUnits(canvas, cell, top, decoration: true);
        }

        if (Style is RowStyle.Field or RowStyle.FieldRow)
        {
            foreach (RowCell value in Style == RowStyle.Field ? [Cells[^1]] : Cells)
            {
                if (value.Units.Count > 0 && value.Units[^1].IsText)
                {
                    double y = top + Height - 1;
                    canvas.StrokeLine(value.X, y, value.X + value.Width, y, 0.4, 0.6);
                }
            }
        }
        else if (IsTable)
        {
            double left = Cells[0].X;
            double right = Cells[^1].X + Cells[^1].Width;
            if (Style == RowStyle.TableHeader)
            {
                canvas.FillRectangle(left, top, right - left, Height, 0.88);
            }

            canvas.StrokeRectangle(left, top, right - left, Height, 0.6, 0.25);
            for (int c = 1; c < Cells.Count; c++)
            {
                canvas.StrokeLine(Cells[c].X, top, Cells[c].X, top + Height, 0.6, 0.25);
            }
        }
    }

    private void DrawUnits(PageCanvas canvas, RowCell cell, double top, bool decoration)
    {
        bool table = IsTable;
        double y = top + PaddingTop;
        double x = cell.X + (table ? Typography.CellPadding : 0);
        double width = cell.Width - (table ? 2 * Typography.CellPadding : 0);
        foreach (CellUnit unit in cell.Units)
        {
            if (decoration)
            {
                unit.DrawDecoration(canvas, x, y, width);
            }
            else
            {
                unit.Draw(canvas, x, y, width);
            }

            y += unit.Height;
        }
    }
}
