using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Marac.Forms.Documents;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using DocumentCell = Marac.Forms.Documents.TableCell;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Draws a <see cref="FormDocument"/> as the body of a Word document. Labelled inputs are laid out in a
/// two-column grid (label, then input with writing space); fixed text uses the real paragraph styles;
/// repeating tables carry a header row that Word repeats on every page.
/// </summary>
internal sealed class BodyWriter
{
    private readonly ControlFactory controls = new();
    private readonly List<OpenXmlElement> body = new();
    private Table? grid;

    internal IReadOnlyList<OpenXmlElement> Write(FormDocument document)
    {
        body.Add(Text.Paragraph(document.Title, StyleIds.Title));
        foreach (var section in document.Sections)
        {
            CloseGrid();
            body.Add(Text.Paragraph(section.Heading, StyleIds.Heading1));
            foreach (var block in section.Blocks)
            {
                WriteBlock(block);
            }
        }

        CloseGrid();
        return body;
    }

    private void WriteBlock(DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                CloseGrid();
                body.Add(Text.Paragraph(text.Text, text.Style switch
                {
                    TextStyle.Note => StyleIds.Note,
                    TextStyle.Subheading => StyleIds.Heading2,
                    _ => null,
                }));
                break;
            case TableBlock table:
                CloseGrid();
                WriteTable(table);
                break;
            default:
                grid ??= NewGrid();
                AddRows(block, keepWithNext: false);
                break;
        }
    }

    private void AddRows(DocumentBlock block, bool keepWithNext)
    {
        switch (block)
        {
            case FieldBlock field:
                grid!.Append(Row(LabelCell(field.Label, field.Help, keepWithNext), ValueCell(FieldParagraph(field), keepWithNext), field.Value is null ? field.WritingLines : 1));
                break;
            case ChoiceBlock choice:
                grid!.Append(Row(LabelCell(choice.Label, choice.Help, keepWithNext), ValueCell(ChoiceParagraphs(choice), keepWithNext), 1));
                break;
            case SignatureBlock signature:
                grid!.Append(SignatureRow(signature.Label));
                AddRows(signature.Name, keepWithNext: true);
                if (signature.Role is not null)
                {
                    AddRows(signature.Role, keepWithNext: true);
                }

                AddRows(signature.Date, keepWithNext);
                break;
            case GroupBlock group:
                if (group.Heading is not null)
                {
                    grid!.Append(WideRow(Text.Paragraph(group.Heading, bold: true), keepWithNext: true));
                }

                for (var i = 0; i < group.Blocks.Count; i++)
                {
                    AddRows(group.Blocks[i], keepWithNext: keepWithNext || i < group.Blocks.Count - 1);
                }

                break;
            case TextBlock text:
                var paragraph = Text.Paragraph(text.Text, text.Style == TextStyle.Note ? StyleIds.Note : null, bold: text.Style == TextStyle.Subheading);
                grid!.Append(WideRow(paragraph, keepWithNext));
                break;
            case TableBlock table:
                CloseGrid();
                WriteTable(table);
                grid = NewGrid();
                break;
        }
    }

    private Paragraph FieldParagraph(FieldBlock field)
    {
        var control = field.Kind == FieldKind.Date
            ? controls.Date(field.Binding, field.Label, field.Value)
            : controls.Text(field.Binding, field.Label, field.Value, field.Kind is FieldKind.MultiLine or FieldKind.TextList);
        return new Paragraph(control);
    }

    private IEnumerable<Paragraph> ChoiceParagraphs(ChoiceBlock choice)
    {
        if (choice.Presentation == ChoicePresentation.DropDown)
        {
            var selected = choice.Options.FirstOrDefault(o => o.IsSelected)?.Label;
            yield return new Paragraph(controls.DropDown(choice.Binding, choice.Label, choice.Options, selected));
            yield break;
        }

        var inline = choice.Options.Sum(o => o.Label.Length + 4) <= Layout.InlineOptionsMaximumLength;
        Paragraph? line = null;
        foreach (var option in choice.Options)
        {
            if (line is null || !inline)
            {
                line = new Paragraph();
                yield return line;
            }
            else
            {
                line.Append(Text.Run("    "));
            }

            line.Append(controls.CheckBox(choice.Binding, option));
            line.Append(Text.Run(" " + option.Label));
        }
    }

    private void WriteTable(TableBlock block)
    {
        body.Add(Text.Paragraph(block.Caption, StyleIds.Heading2));
        var totalWidth = block.Columns.Sum(c => c.RelativeWidth);
        var widths = block.Columns.Select(c => (int)(Layout.TextWidth * c.RelativeWidth / totalWidth)).ToArray();
        var table = new Table(TableProperties(block.Caption));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < block.Columns.Count; c++)
        {
            header.Append(Cell(widths[c], shaded: true, Text.Paragraph(block.Columns[c].Header, bold: true)));
        }

        table.Append(header);
        foreach (var row in block.Rows)
        {
            var lines = row.Cells.Max(cell => cell.Value is null ? cell.WritingLines : 1);
            var tableRow = new TableRow(new TableRowProperties(new TableRowHeight { Val = (uint)(lines * Layout.WritingLineHeight), HeightType = HeightRuleValues.AtLeast }));
            for (var c = 0; c < row.Cells.Count && c < block.Columns.Count; c++)
            {
                tableRow.Append(Cell(widths[c], shaded: false, new Paragraph(CellControl(block.Columns[c], row.Cells[c]))));
            }

            table.Append(tableRow);
        }

        body.Add(table);
    }

    private OpenXmlElement CellControl(TableColumn column, DocumentCell cell)
    {
        if (column.Options is { } options)
        {
            return controls.DropDown(cell.Binding, column.Header, options, cell.Value);
        }

        return column.Kind == FieldKind.Date
            ? controls.Date(cell.Binding, column.Header, cell.Value)
            : controls.Text(cell.Binding, column.Header, cell.Value, column.Kind is FieldKind.MultiLine or FieldKind.TextList);
    }

    private Table NewGrid()
    {
        var table = new Table(TableProperties(null));
        table.Append(new TableGrid(
            new GridColumn { Width = Layout.LabelColumnWidth.ToString(CultureInfo.InvariantCulture) },
            new GridColumn { Width = Layout.ValueColumnWidth.ToString(CultureInfo.InvariantCulture) }));
        return table;
    }

    private void CloseGrid()
    {
        if (grid is not null)
        {
            body.Add(grid);
            grid = null;
        }
    }

    private static TableProperties TableProperties(string? caption)
    {
        var properties = new TableProperties(
            new TableWidth { Width = Layout.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = caption is not null, FirstColumn = caption is null, NoVerticalBand = true });
        if (caption is not null)
        {
            properties.Append(new TableCaption { Val = Text.Clean(caption) });
        }

        return properties;
    }

    private static TableRow Row(TableCell labelCell, TableCell valueCell, int writingLines) =>
        new(
            new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (uint)(writingLines * Layout.WritingLineHeight), HeightType = HeightRuleValues.AtLeast }),
            labelCell,
            valueCell);

    private static TableRow SignatureRow(string label) =>
        Row(Cell(Layout.LabelColumnWidth, shaded: true, KeepWithNext(Text.Paragraph(label, bold: true), true)), Cell(Layout.ValueColumnWidth, shaded: false, KeepWithNext(new Paragraph(), true)), 2);

    private static TableRow WideRow(Paragraph paragraph, bool keepWithNext)
    {
        var cell = new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = Layout.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new GridSpan { Val = 2 },
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" }),
            KeepWithNext(paragraph, keepWithNext));
        return new TableRow(new TableRowProperties(new CantSplit()), cell);
    }

    private static TableCell LabelCell(string label, string? help, bool keepWithNext)
    {
        var cell = Cell(Layout.LabelColumnWidth, shaded: true, KeepWithNext(Text.Paragraph(label, bold: true), keepWithNext));
        if (help is not null)
        {
            cell.Append(KeepWithNext(Text.Paragraph(help, StyleIds.Note), keepWithNext));
        }

        return cell;
    }

    private static TableCell ValueCell(IEnumerable<Paragraph> paragraphs, bool keepWithNext)
    {
        var cell = Cell(Layout.ValueColumnWidth, shaded: false);
        foreach (var paragraph in paragraphs)
        {
            cell.Append(KeepWithNext(paragraph, keepWithNext));
        }

        return cell;
    }

    private static TableCell ValueCell(Paragraph paragraph, bool keepWithNext) => ValueCell(new[] { paragraph }, keepWithNext);

    private static TableCell Cell(int width, bool shaded, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph KeepWithNext(Paragraph paragraph, bool keep)
    {
        if (keep)
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.KeepNext = new KeepNext();
        }

        return paragraph;
    }
}
