using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>
/// Turns a <see cref="FormDocument"/> into the page-free flow the paginator places: measured lines,
/// rows and spaces with structure markers, and the keep-together rules (a heading with what
/// follows, a label with its value, a table's header with its first row; never a whole group or section).
/// </summary>
internal sealed partial class DocumentLayouter
{
    private readonly FontSet _fonts;
    private readonly string _ticked;
    private readonly string _unticked;
    private readonly List<FlowItem> _items = [];

    private DocumentLayouter(FontSet fonts, FormDocument document)
    {
        _fonts = fonts;
        _ticked = document.TickedBox;
        _unticked = document.UntickedBox;
    }

    /// <summary>Lays out a document.</summary>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully.</exception>
    public static List<FlowItem> Layout(FormDocument document, FontSet fonts)
    {
        var layouter = new DocumentLayouter(fonts, document);
        layouter.AddDocument(document);
        return layouter._items;
    }

    private void AddDocument(FormDocument document)
    {
        AddParagraph(document.Title, Typography.Title, StructureTag.Heading1, TextSource.FormWording("the form's title"), keepAllWithNext: true);
        foreach (DocumentSection section in document.Sections)
        {
            _items.Add(new StructureStart(StructureTag.Section));
            _items.Add(new SpacerFlowable(Typography.SectionGap));
            AddParagraph(section.Heading, Typography.SectionHeading, StructureTag.Heading2, TextSource.FormWording($"the heading of section '{section.Id}'"), keepAllWithNext: true);
            _items.Add(new RuleFlowable(5, 0.8, 0.2) { KeepWithNext = true });
            AddBlocks(section.Blocks, $"section '{section.Id}'");
            _items.Add(StructureEnd.Instance);
        }
    }

    private void AddBlocks(IReadOnlyList<DocumentBlock> blocks, string where)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            _items.Add(new SpacerFlowable(i == 0 ? 3 : Typography.BlockGap));
            AddBlock(blocks[i], where);
        }
    }

    private void AddBlock(DocumentBlock block, string where)
    {
        switch (block)
        {
            case TextBlock text:
                AddText(text, where);
                break;
            case FieldBlock field:
                AddField(field);
                break;
            case ChoiceBlock choice:
                AddChoice(choice);
                break;
            case TableBlock table:
                AddTable(table);
                break;
            case SignatureBlock signature:
                AddSignature(signature);
                break;
            case GroupBlock group:
                AddGroup(group, where);
                break;
            case QuestionGridBlock grid:
                AddQuestionGrid(grid);
                break;
            case FieldRowBlock row:
                AddFieldRow(row);
                break;
            default:
                throw new NotSupportedException("Marac.Forms.Pdf cannot draw a " + block.GetType().Name + ".");
        }
    }

    private void AddText(TextBlock text, string where)
    {
        var source = TextSource.Wording("text in " + where);
        switch (text.Style)
        {
            case TextStyle.Subheading:
                AddParagraph(text.Text, Typography.Subheading, StructureTag.Heading3, source, keepAllWithNext: true);
                break;
            case TextStyle.Note:
                AddParagraph(text.Text, Typography.Note, StructureTag.Paragraph, source);
                break;
            default:
                AddParagraph(text.Text, Typography.Body, StructureTag.Paragraph, source);
                break;
        }
    }

    private void AddField(FieldBlock field)
    {
        bool beside = field.Kind is FieldKind.SingleLine or FieldKind.Date or FieldKind.Number;
        if (beside)
        {
            AddLabelBeside(field.Label, field.Help, field.Binding, ValueUnits(field, ValueColumnWidth));
            return;
        }

        AddLabel(field.Label, field.Help, field.Binding);
        if (field.Value is not { Length: > 0 })
        {
            AddWritingLines(field.WritingLines);
            return;
        }

        AddParagraph(
            field.Value,
            Typography.Value,
            StructureTag.Paragraph,
            TextSource.Value(field.Binding),
            x: PageGeometry.ContentLeft + Typography.ValueIndent,
            width: PageGeometry.ContentWidth - Typography.ValueIndent,
            valueBarX: PageGeometry.ContentLeft + 1);
    }

    /// <summary>The space an unanswered input takes: its handwriting lines, or with none (a completed form) one line of text.</summary>
    private static List<CellUnit> EmptyAnswerUnits(int writingLines) =>
        writingLines > 0
            ? Enumerable.Repeat<CellUnit>(WritingUnit.Handwriting, writingLines).ToList()
            : [WritingUnit.EmptyAnswer];

    private static double LabelColumnWidth => PageGeometry.ContentWidth * PrintMeasures.LabelColumnShare;

    private static double ValueColumnWidth => PageGeometry.ContentWidth - LabelColumnWidth - Typography.ColumnGap;

    private List<CellUnit> ValueUnits(FieldBlock field, double width)
    {
        if (field.Value is not { Length: > 0 })
        {
            return EmptyAnswerUnits(field.WritingLines);
        }

        return Lines(field.Value, Typography.Value, TextSource.Value(field.Binding), width);
    }

    private void AddLabelBeside(string label, string? help, string binding, List<CellUnit> valueUnits)
    {
        List<CellUnit> labelUnits = Lines(label, Typography.Label, TextSource.FormWording($"the label of field {binding}"), LabelColumnWidth);
        if (help is { Length: > 0 })
        {
            // The help leads the wider value column (read after the label, before the answer), so a long hint
            // does not stretch the row down a narrow label column.
            List<CellUnit> helpUnits = Lines(help, Typography.Help, TextSource.FormWording($"the help of field {binding}"), ValueColumnWidth);
            helpUnits.AddRange(valueUnits);
            valueUnits = helpUnits;
        }

        _items.Add(new RowFlowable(
            [
                new RowCell(PageGeometry.ContentLeft, LabelColumnWidth, labelUnits, StructureTag.Paragraph),
                new RowCell(PageGeometry.ContentLeft + LabelColumnWidth + Typography.ColumnGap, ValueColumnWidth, valueUnits, StructureTag.Paragraph),
            ],
            RowStyle.Field));
    }

    private void AddLabel(string label, string? help, string binding)
    {
        AddParagraph(label, Typography.Label, StructureTag.Paragraph, TextSource.FormWording($"the label of field {binding}"), keepAllWithNext: true);
        if (help is { Length: > 0 })
        {
            AddParagraph(help, Typography.Help, StructureTag.Paragraph, TextSource.FormWording($"the help of field {binding}"), keepAllWithNext: true);
        }
    }

    private void AddChoice(ChoiceBlock choice)
    {
        if (!choice.PrintsOptions)
        {
            AddLabelBeside(choice.Label, choice.Help, choice.Binding, ChosenUnits(choice, ValueColumnWidth));
            return;
        }

        var source = TextSource.Value(choice.Binding);
        if (choice.OptionsRunOn)
        {
            int start = _items.Count;
            AddLabel(choice.Label, choice.Help, choice.Binding);
            string codes = string.Join(RunOnSeparator, choice.Options.Select(o => (o.IsSelected ? _ticked : _unticked) + NoBreakSpace + o.Label));
            AddParagraph(codes, Typography.Value, StructureTag.Paragraph, source, x: PageGeometry.ContentLeft + Typography.ValueIndent, width: PageGeometry.ContentWidth - Typography.ValueIndent);
            KeepTogether(start);
            return;
        }

        var texts = choice.Options.Select(OptionText).ToList();
        if (choice.OptionsOnOneLine)
        {
            // A few short options sit beside the label, as a short field's value does.
            AddLabelBeside(choice.Label, choice.Help, choice.Binding, Lines(string.Join("     ", texts), Typography.Value, source, ValueColumnWidth));
            return;
        }

        AddLabel(choice.Label, choice.Help, choice.Binding);
        double x = PageGeometry.ContentLeft + Typography.ValueIndent;
        double width = PageGeometry.ContentWidth - Typography.ValueIndent;
        if (choice.OptionColumns > 1)
        {
            AddOptionColumns(texts, choice.OptionColumns, x, width, source);
            return;
        }

        int first = _items.Count;
        double hang = TextPreparer.Prepare(_unticked + " ", Typography.Value, _fonts, source).Width(0, 2);
        _items.Add(new StructureStart(StructureTag.List));
        foreach (string text in texts)
        {
            PreparedText prepared = TextPreparer.Prepare(text, Typography.Value, _fonts, source);
            foreach (OptionLine line in OptionLine.Of(LineBreaker.Break(prepared, width - hang), BoxLength, hang))
            {
                _items.Add(new OptionLineFlowable(line, x));
            }
        }

        _items.Add(StructureEnd.Instance);
        KeepTogether(first);
    }

    /// <summary>The chosen option of a choice that does not print its options, or one empty line when none is chosen.</summary>
    private List<CellUnit> ChosenUnits(ChoiceBlock choice, double width)
    {
        var selected = choice.Options.Where(o => o.IsSelected).Select(o => o.Label).ToList();
        return selected.Count == 0
            ? [WritingUnit.EmptyAnswer]
            : Lines(string.Join(", ", selected), Typography.Value, TextSource.Value(choice.Binding), width);
    }

    /// <summary>Between a tick box and its code in a run of codes, so that a line never ends with a bare box.</summary>
    private const string NoBreakSpace = "\u00A0";

    private const string RunOnSeparator = "     ";

    private string OptionText(ChoiceOption option) => (option.IsSelected ? _ticked : _unticked) + " " + option.Label;

    /// <summary>The UTF-16 length of the tick box an option's text starts with (the ticked and unticked boxes are the same length).</summary>
    private int BoxLength => _unticked.Length;

    private void AddTable(TableBlock table)
    {
        IReadOnlyList<TablePrintedColumn> printed = table.PrintedColumns;
        double[] widths = ColumnWidths(printed);
        var xs = new double[widths.Length];
        double x = PageGeometry.ContentLeft;
        for (int c = 0; c < widths.Length; c++)
        {
            xs[c] = x;
            x += widths[c];
        }

        _items.Add(new StructureStart(StructureTag.Table));
        AddParagraph(table.Caption, Typography.TableCaption, StructureTag.Caption, TextSource.FormWording($"the caption of table {table.Binding}"), keepAllWithNext: true);
        var headerCells = new RowCell[widths.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            TableColumn first = table.Columns[printed[c].FirstMember];
            headerCells[c] = new RowCell(xs[c], widths[c], Lines(printed[c].Header, Typography.TableHeader, TextSource.FormWording($"the header of column {table.Binding}.{first.Binding}"), CellTextWidth(widths[c])), StructureTag.TableHeaderCell);
        }

        var header = new RowFlowable(headerCells, RowStyle.TableHeader) { KeepWithNext = true };
        _items.Add(header);
        foreach (TableRow row in table.Rows)
        {
            var cells = new RowCell[widths.Length];
            for (int c = 0; c < widths.Length; c++)
            {
                cells[c] = new RowCell(xs[c], widths[c], PrintedCellUnits(table, printed[c], row, CellTextWidth(widths[c])), StructureTag.TableDataCell);
            }

            _items.Add(new RowFlowable(cells, RowStyle.TableBody) { RepeatedHeader = header });
        }

        _items.Add(StructureEnd.Instance);
    }

    /// <summary>
    /// One printed cell: a plain column's value, or each part of a stacked column under its label. On a completed
    /// form a stack leaves out the parts it holds nothing for, so an entry takes the lines it needs.
    /// </summary>
    private List<CellUnit> PrintedCellUnits(TableBlock table, TablePrintedColumn printed, TableRow row, double width)
    {
        if (!printed.IsStacked)
        {
            return CellUnits(table.Columns[printed.FirstMember], Cell(row, printed.FirstMember), width);
        }

        var units = new List<CellUnit>();
        for (int m = printed.FirstMember; m < printed.FirstMember + printed.MemberCount; m++)
        {
            TableColumn part = table.Columns[m];
            TableCell? cell = Cell(row, m);
            if (cell is null || cell.IsUnansweredOnCompletedForm)
            {
                continue;
            }

            units.AddRange(Lines(part.PartLabel ?? part.Header, Typography.TablePartLabel, TextSource.FormWording($"the label of {cell.Binding}"), width));
            units.AddRange(CellUnits(part, cell, width).Select(u => u == WritingUnit.Handwriting ? WritingUnit.UnderPartLabel : u));
        }

        return units.Count > 0 ? units : Lines(string.Empty, Typography.TableCell, TextSource.Value(table.Binding), width);
    }

    private static TableCell? Cell(TableRow row, int member) => member < row.Cells.Count ? row.Cells[member] : null;

    private List<CellUnit> CellUnits(TableColumn column, TableCell? cell, double width)
    {
        if (cell is not null && cell.Value is { Length: > 0 })
        {
            return Lines(cell.Value, Typography.TableCell, TextSource.Value(cell.Binding), width);
        }

        string binding = cell?.Binding ?? column.Binding;
        if (column.Options is { Count: > 0 } options && !column.OptionsListedBelow)
        {
            string text = string.Join("\n", options.Select(o => _unticked + " " + o.Label));
            return Lines(text, Typography.TableCell, TextSource.FormWording($"the options of {binding}"), width);
        }

        int writing = cell?.WritingLines ?? 0;
        return writing > 0
            ? Enumerable.Repeat<CellUnit>(WritingUnit.Handwriting, writing).ToList()
            : Lines(string.Empty, Typography.TableCell, TextSource.Value(binding), width);
    }

    private static double CellTextWidth(double columnWidth) => columnWidth - (2 * Typography.CellPadding);

    internal static double[] ColumnWidths(IReadOnlyList<TablePrintedColumn> columns)
    {
        int n = columns.Count;
        if (n == 0)
        {
            throw new ArgumentException("A table has no columns.");
        }

        double minimum = Math.Min(Typography.MinimumColumnWidth, PageGeometry.ContentWidth / n);
        double[] shares = columns.Select(c => c.RelativeWidth > 0 && !double.IsNaN(c.RelativeWidth) && !double.IsInfinity(c.RelativeWidth) ? c.RelativeWidth : 1).ToArray();
        var widths = new double[n];
        var fixedAtMinimum = new bool[n];
        while (true)
        {
            double free = PageGeometry.ContentWidth - (fixedAtMinimum.Count(f => f) * minimum);
            double shareSum = Enumerable.Range(0, n).Where(i => !fixedAtMinimum[i]).Sum(i => shares[i]);
            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                widths[i] = fixedAtMinimum[i] ? minimum : free * shares[i] / shareSum;
                if (!fixedAtMinimum[i] && widths[i] < minimum)
                {
                    fixedAtMinimum[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return widths;
            }
        }
    }

    private void AddSignature(SignatureBlock signature)
    {
        int first = _items.Count;
        AddParagraph(signature.Label, Typography.Label, StructureTag.Paragraph, TextSource.FormWording($"the label of signature {signature.Name.Binding}"), keepAllWithNext: true);
        _items.Add(new SignatureSpaceFlowable());
        foreach (FieldBlock? field in new[] { signature.Name, signature.Role, signature.Date })
        {
            if (field is not null)
            {
                AddField(field);
            }
        }

        KeepTogether(first);
    }

    private void AddGroup(GroupBlock group, string where)
    {
        if (group.Heading is { Length: > 0 })
        {
            AddParagraph(group.Heading, Typography.GroupHeading, StructureTag.Heading4, TextSource.FormWording("a group heading in " + where), keepAllWithNext: true);
        }

        // A heading stays with what follows it (its paragraph keeps with the next line); the group itself may run
        // over a page, so no page is left half empty for a group that does not fit.
        AddBlocks(group.Blocks, where);
    }

    /// <summary>Joins every flowable from <paramref name="first"/> to the last one added into one keep-together chain.</summary>
    private void KeepTogether(int first)
    {
        int last = _items.FindLastIndex(i => i is Flowable);
        for (int i = first; i < last; i++)
        {
            if (_items[i] is Flowable flowable)
            {
                flowable.KeepWithNext = true;
            }
        }
    }

    private void AddWritingLines(int writingLines)
    {
        List<CellUnit> lines = EmptyAnswerUnits(writingLines);
        for (int i = 0; i < lines.Count; i++)
        {
            _items.Add(new WritingLineFlowable(PageGeometry.ContentLeft, PageGeometry.ContentWidth, lines[i].Height) { KeepWithNext = i < lines.Count - 1 });
        }
    }

    private List<CellUnit> Lines(string text, TextFormat format, TextSource source, double width)
    {
        List<TextLine> lines = LineBreaker.Break(TextPreparer.Prepare(text, format, _fonts, source), width);
        var units = new List<CellUnit>(lines.Count);
        foreach (TextLine line in lines)
        {
            units.Add(new TextUnit(line));
        }

        return units;
    }

    private void AddParagraph(
        string text,
        TextFormat format,
        StructureTag tag,
        TextSource source,
        bool keepAllWithNext = false,
        double x = PageGeometry.ContentLeft,
        double width = PageGeometry.ContentWidth,
        double? valueBarX = null)
    {
        PreparedText prepared = TextPreparer.Prepare(text, format, _fonts, source);
        List<TextLine> lines = LineBreaker.Break(prepared, width);
        _items.Add(new StructureStart(tag));
        int n = lines.Count;
        for (int i = 0; i < n; i++)
        {
            // No single line left alone at the foot or head of a page.
            bool keep = keepAllWithNext || (i == 0 && n >= 2) || (i == n - 2 && n >= 3);
            double start = lines[i].IsRightToLeft ? x + Math.Max(0, width - lines[i].Width) : x;
            _items.Add(new LineFlowable(lines[i], start, valueBarX) { KeepWithNext = keep });
        }

        _items.Add(StructureEnd.Instance);
    }
}
