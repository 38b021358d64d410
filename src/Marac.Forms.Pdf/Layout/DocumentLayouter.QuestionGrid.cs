using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>The question grid: a table row per question, split between lines when it runs over a page, with the header repeated.</summary>
internal sealed partial class DocumentLayouter
{
    private const string OptionSeparator = "   ";

    private void AddQuestionGrid(QuestionGridBlock grid)
    {
        double[] widths = GridColumnWidths(grid);
        var xs = new double[widths.Length];
        double x = PageGeometry.ContentLeft;
        for (int c = 0; c < widths.Length; c++)
        {
            xs[c] = x;
            x += widths[c];
        }

        _items.Add(new StructureStart(StructureTag.Table));
        var headerCells = new RowCell[widths.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            headerCells[c] = new RowCell(xs[c], widths[c], Lines(grid.Columns[c].Header, Typography.TableHeader, TextSource.FormWording("a question grid's column header"), CellTextWidth(widths[c])), StructureTag.TableHeaderCell);
        }

        var header = new RowFlowable(headerCells, RowStyle.TableHeader) { KeepWithNext = true };
        _items.Add(header);
        foreach (QuestionGridRow row in grid.Rows)
        {
            var cells = new RowCell[widths.Length];
            cells[0] = Cell(xs[0], widths[0], row.Number is null ? [] : Lines(row.Number, Typography.Label, TextSource.FormWording("a question number"), CellTextWidth(widths[0])));
            cells[1] = Cell(xs[1], widths[1], QuestionUnits(row, CellTextWidth(widths[1])));
            for (int a = 0; a < grid.AnswerColumnCount; a++)
            {
                int c = 2 + a;
                ChoiceOption? option = a < row.Response.Options.Count ? row.Response.Options[a] : null;
                var units = option is null
                    ? new List<CellUnit>()
                    : Lines(option.IsSelected ? _ticked : _unticked, Typography.Tick, TextSource.Value(row.Response.Binding), CellTextWidth(widths[c]));
                cells[c] = Cell(xs[c], widths[c], units);
            }

            int last = widths.Length - 1;
            cells[last] = Cell(xs[last], widths[last], SourceAndCommentUnits(row, CellTextWidth(widths[last])));
            _items.Add(new RowFlowable(cells, RowStyle.TableBody) { RepeatedHeader = header });
        }

        _items.Add(StructureEnd.Instance);
    }

    internal static double[] GridColumnWidths(QuestionGridBlock grid)
    {
        double total = grid.Columns.Sum(c => c.RelativeWidth);
        return grid.Columns.Select(c => PageGeometry.ContentWidth * c.RelativeWidth / total).ToArray();
    }

    private static RowCell Cell(double x, double width, List<CellUnit> units) => new(x, width, units, StructureTag.TableDataCell);

    private List<CellUnit> QuestionUnits(QuestionGridRow row, double width)
    {
        ChoiceBlock response = row.Response;
        List<CellUnit> units = Lines(response.Label, Typography.Label, TextSource.FormWording($"the question {response.Binding}"), width);
        if (response.Help is { Length: > 0 } help)
        {
            units.AddRange(Lines(help, Typography.Help, TextSource.FormWording($"the help of question {response.Binding}"), width));
        }

        foreach (DocumentBlock detail in row.Details)
        {
            switch (detail)
            {
                case TextBlock text:
                    units.AddRange(Lines(text.Text, Typography.Help, TextSource.Wording($"a note on question {response.Binding}"), width));
                    break;
                case FieldBlock field:
                    units.AddRange(FieldUnits(field, width, Math.Max(1, field.WritingLines)));
                    break;
                case ChoiceBlock choice:
                    units.AddRange(Lines(choice.Label, Typography.Help, TextSource.FormWording($"the label of {choice.Binding}"), width));
                    units.AddRange(Lines(PackedOptions(choice.Options, width, Typography.TableCell), Typography.TableCell, TextSource.Value(choice.Binding), width));
                    break;
                default:
                    throw new NotSupportedException("Marac.Forms.Pdf cannot draw a " + detail.GetType().Name + " inside a question grid.");
            }
        }

        return units;
    }

    private List<CellUnit> SourceAndCommentUnits(QuestionGridRow row, double width)
    {
        var units = new List<CellUnit>();
        units.AddRange(FieldUnits(row.Source, width, 1));
        units.AddRange(FieldUnits(row.Comment, width, 1));
        return units;
    }

    /// <summary>
    /// A labelled input inside a grid cell: its label and value, or on a blank form its label and writing lines.
    /// An empty input on a completed form prints nothing but its label when the label says what is missing.
    /// </summary>
    private List<CellUnit> FieldUnits(FieldBlock field, double width, int writingLines)
    {
        var units = new List<CellUnit>();
        if (field.IsUnansweredOnCompletedForm)
        {
            return units;
        }

        bool hasValue = field.Value is { Length: > 0 };

        List<CellUnit> label = Lines(field.Label, Typography.Help, TextSource.FormWording($"the label of field {field.Binding}"), width);
        if (hasValue)
        {
            units.AddRange(label);
            units.AddRange(Lines(field.Value!, Typography.TableCell, TextSource.Value(field.Binding), width));
            return units;
        }

        if (label is [TextUnit only] && only.Line.Width <= width / 2)
        {
            units.Add(new LabelledWritingUnit(only.Line));
            writingLines--;
        }
        else
        {
            units.AddRange(label);
        }

        units.AddRange(Enumerable.Repeat<CellUnit>(WritingUnit.Handwriting, writingLines));
        return units;
    }

    /// <summary>Options side by side, as many to a line as fit, a new line between options rather than inside one.</summary>
    private string PackedOptions(IReadOnlyList<ChoiceOption> options, double width, TextFormat format)
    {
        var lines = new List<string>();
        string current = string.Empty;
        foreach (ChoiceOption option in options)
        {
            string text = OptionText(option);
            string candidate = current.Length == 0 ? text : current + OptionSeparator + text;
            PreparedText prepared = TextPreparer.Prepare(candidate, format, _fonts, TextSource.Wording("the options of a question"));
            if (current.Length > 0 && prepared.Width(0, prepared.Text.Length) > width)
            {
                lines.Add(current);
                current = text;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return string.Join("\n", lines);
    }
}
