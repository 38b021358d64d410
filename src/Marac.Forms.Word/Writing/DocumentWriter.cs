using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Writes the main document part. Labelled inputs are laid out in a two-column grid (label, then input with
/// writing space); fixed text uses the real paragraph styles (Title, Heading 1 and 2, Normal); repeating
/// tables carry a header row that Word repeats on every page; a group's heading is kept with its first row.
/// </summary>
internal sealed partial class DocumentWriter
{
    private const string Border = "808080";
    private const string LabelShading = "F2F2F2";

    private readonly WordXml xml;
    private readonly ControlWriter controls;
    private bool gridOpen;
    private bool tableJustEnded;

    internal DocumentWriter(WordXml xml)
    {
        this.xml = xml;
        controls = new ControlWriter(xml);
    }

    internal void Write(FormDocument document)
    {
        controls.UseTickBoxes(document.TickedBox, document.UntickedBox);
        xml.StartRoot("document");
        xml.Start("body");
        xml.Paragraph(document.Title, StyleIds.Title);
        foreach (var section in document.Sections)
        {
            CloseGrid();
            BodyParagraph(section.Heading, StyleIds.Heading1);
            foreach (var block in section.Blocks)
            {
                WriteBlock(block);
            }
        }

        CloseGrid();
        SectionProperties();
        xml.End();
        xml.End();
    }

    private void WriteBlock(DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                CloseGrid();
                BodyParagraph(text.Text, text.Style switch
                {
                    TextStyle.Note => StyleIds.Note,
                    TextStyle.Subheading => StyleIds.Heading2,
                    _ => null,
                });
                break;
            case TableBlock table:
                CloseGrid();
                WriteTable(table);
                break;
            case QuestionGridBlock grid:
                CloseGrid();
                WriteQuestionGrid(grid);
                break;
            case FieldRowBlock row:
                CloseGrid();
                WriteFieldRow(row, keepWithNext: false);
                break;
            default:
                OpenGrid();
                WriteRows(block, keepWithNext: false);
                break;
        }
    }

    private void WriteRows(DocumentBlock block, bool keepWithNext)
    {
        switch (block)
        {
            case FieldBlock field:
                StartRow(field.Value is null ? field.WritingLines : 1, RowBreaking.MayBeLong(field.Value, Layout.ValueColumnWidth));
                LabelCell(field.Label, keepWithNext);
                StartValueCell(field.Help, keepWithNext);
                xml.Start("p");
                xml.ParagraphProperties(StyleIds.Answer, keepWithNext);
                FieldControl(field);

                xml.End();
                EndCellAndRow();
                break;
            case ChoiceBlock choice when choice.PrintsOptions && choice.OptionsRunOn:
                // Codes to tick: the label and its key across the page, then the codes in one wrapping paragraph.
                WideRow(choice.Label, null, bold: true, keepWithNext: true);
                if (choice.Help is not null)
                {
                    WideRow(choice.Help, StyleIds.Help, bold: false, keepWithNext: true);
                }

                StartWideRowCell(shaded: false);
                ChoiceParagraphs(choice, keepWithNext);
                xml.End();
                xml.End();
                break;
            case ChoiceBlock choice when choice.PrintsOptions && choice.OptionColumns > 1:
                // A long list takes the width of the page below its label, in columns, as in the PDF.
                WideRow(choice.Label, null, bold: true, keepWithNext: true);
                if (choice.Help is not null)
                {
                    WideRow(choice.Help, StyleIds.Help, bold: false, keepWithNext: true);
                }

                OptionColumnsRow(choice, keepWithNext);
                break;
            case ChoiceBlock choice:
                StartRow(1, mayBreak: false);
                LabelCell(choice.Label, keepWithNext);
                StartValueCell(choice.Help, keepWithNext);
                ChoiceParagraphs(choice, keepWithNext);
                EndCellAndRow();
                break;
            case SignatureBlock signature:
                StartRow(2, mayBreak: false);
                LabelCell(signature.Label, keepWithNext: true);
                StartValueCell(null, keepWithNext: true);
                xml.Start("p");
                xml.ParagraphProperties(null, keepNext: true);
                xml.End();
                EndCellAndRow();
                WriteRows(signature.Name, keepWithNext: true);
                if (signature.Role is not null)
                {
                    WriteRows(signature.Role, keepWithNext: true);
                }

                WriteRows(signature.Date, keepWithNext);
                break;
            case GroupBlock group:
                if (group.Heading is not null)
                {
                    WideRow(group.Heading, null, bold: true, keepWithNext: true);
                }

                // The heading row keeps with the first row after it; the group itself may run over a page.
                for (var i = 0; i < group.Blocks.Count; i++)
                {
                    WriteRows(group.Blocks[i], keepWithNext && i == group.Blocks.Count - 1);
                }

                break;
            case TextBlock text:
                WideRow(text.Text, text.Style == TextStyle.Note ? StyleIds.Note : null, bold: text.Style == TextStyle.Subheading, keepWithNext);
                break;
            case TableBlock table:
                CloseGrid();
                WriteTable(table);
                OpenGrid();
                break;
            case FieldRowBlock row:
                CloseGrid();
                WriteFieldRow(row, keepWithNext);
                OpenGrid();
                break;
        }
    }

    private void ChoiceParagraphs(ChoiceBlock choice, bool keepWithNext)
    {
        if (!choice.PrintsOptions)
        {
            xml.Start("p");
            xml.ParagraphProperties(StyleIds.Answer, keepWithNext);
            controls.DropDown(choice.Binding, choice.Label, choice.Options, choice.Options.FirstOrDefault(o => o.IsSelected)?.Label);
            xml.End();
            return;
        }

        var inline = choice.OptionsOnOneLine || choice.OptionsRunOn;
        for (var i = 0; i < choice.Options.Count; i++)
        {
            if (i == 0 || !inline)
            {
                if (i > 0)
                {
                    xml.End();
                }

                xml.Start("p");
                xml.ParagraphProperties(StyleIds.Answer, keepWithNext || (!inline && i < choice.Options.Count - 1));
            }
            else
            {
                xml.Run("    ");
            }

            controls.CheckBox(choice.Binding, choice.Options[i]);
            // A no-break space keeps a code with its box when a run of codes wraps.
            xml.Run((choice.OptionsRunOn ? "\u00A0" : " ") + choice.Options[i].Label);
        }

        if (choice.Options.Count > 0)
        {
            xml.End();
        }
        else
        {
            xml.Empty("p");
        }
    }

    private void WriteTable(TableBlock block)
    {
        BodyParagraph(block.Caption, StyleIds.Heading2);
        var printed = block.PrintedColumns;
        var widths = ColumnWidths(block);
        xml.Start("tbl");
        TableProperties(block.Caption);
        xml.Start("tblGrid");
        foreach (var width in widths)
        {
            xml.Start("gridCol");
            xml.Attribute("w", width);
            xml.End();
        }

        xml.End();

        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("cantSplit");
        xml.Empty("tblHeader");
        xml.End();
        for (var c = 0; c < printed.Count; c++)
        {
            StartCell(widths[c], shaded: true);
            xml.Paragraph(printed[c].Header, StyleIds.Label);
            xml.End();
        }

        xml.End();

        foreach (var row in block.Rows)
        {
            var lines = 1;
            var mayBreak = false;
            for (var c = 0; c < printed.Count; c++)
            {
                var cellLines = 0;
                var anyUnanswered = false;
                for (var m = printed[c].FirstMember; m < printed[c].FirstMember + printed[c].MemberCount && m < row.Cells.Count; m++)
                {
                    var cell = row.Cells[m];
                    if (KeptUnlabelled(printed[c], cell))
                    {
                        anyUnanswered = true;
                        continue;
                    }

                    cellLines += cell.Value is null ? cell.WritingLines : 1;
                    mayBreak |= RowBreaking.MayBeLong(cell.Value, widths[c]);
                }

                lines = Math.Max(lines, cellLines + (anyUnanswered ? 1 : 0));
            }

            xml.Start("tr");
            RowHeight(lines, cantSplit: !mayBreak);
            for (var c = 0; c < printed.Count; c++)
            {
                StartCell(widths[c], shaded: false);
                WritePrintedCell(block, printed[c], row);
                xml.End();
            }

            xml.End();
        }

        xml.End();

        tableJustEnded = true;
    }

    /// <summary>
    /// One printed cell's paragraphs: a plain column's control, or each part of a stack under its label. The parts a
    /// completed entry holds nothing for keep their controls, unlabelled, together on one last line.
    /// </summary>
    private void WritePrintedCell(TableBlock block, TablePrintedColumn printed, TableRow row)
    {
        var unanswered = new List<int>();
        for (var m = printed.FirstMember; m < printed.FirstMember + printed.MemberCount && m < row.Cells.Count; m++)
        {
            var column = block.Columns[m];
            if (KeptUnlabelled(printed, row.Cells[m]))
            {
                unanswered.Add(m);
                continue;
            }

            if (column.PartLabel is { } partLabel)
            {
                xml.Paragraph(partLabel, StyleIds.Help);
            }

            xml.Start("p");
            xml.ParagraphProperties(StyleIds.Answer, keepNext: false);
            CellControl(column, row.Cells[m]);
            xml.End();
        }

        if (unanswered.Count > 0)
        {
            xml.Start("p");
            xml.ParagraphProperties(StyleIds.Answer, keepNext: false);
            foreach (var m in unanswered)
            {
                CellControl(block.Columns[m], row.Cells[m]);
            }

            xml.End();
        }
    }

    /// <summary>A part of a stack that a completed entry holds nothing for: its control goes, unlabelled, on the cell's last line.</summary>
    private static bool KeptUnlabelled(TablePrintedColumn printed, TableCell cell) => printed.IsStacked && cell.IsUnansweredOnCompletedForm;

    /// <summary>
    /// Printed column widths in proportion to the definition, except that a column holding a date is never too
    /// narrow for DD/MM/YYYY.
    /// </summary>
    internal static int[] ColumnWidths(TableBlock table)
    {
        var columns = table.PrintedColumns;
        var holdsDate = columns.Select(p => Enumerable.Range(p.FirstMember, p.MemberCount).Any(m => table.Columns[m].Kind == FieldKind.Date)).ToArray();
        var total = columns.Sum(c => c.RelativeWidth);
        var widths = columns.Select(c => (int)(Layout.TextWidth * c.RelativeWidth / total)).ToArray();
        var shortfall = 0;
        var flexible = 0;
        for (var c = 0; c < widths.Length; c++)
        {
            if (holdsDate[c] && widths[c] < Layout.MinimumDateColumnWidth)
            {
                shortfall += Layout.MinimumDateColumnWidth - widths[c];
                widths[c] = Layout.MinimumDateColumnWidth;
            }
            else if (!holdsDate[c])
            {
                flexible += widths[c];
            }
        }

        if (shortfall > 0 && flexible > shortfall)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                if (!holdsDate[c])
                {
                    widths[c] -= (int)((long)shortfall * widths[c] / flexible);
                }
            }
        }

        return widths;
    }

    private void CellControl(TableColumn column, TableCell cell)
    {
        if (column.Options is { } options)
        {
            controls.DropDown(cell.Binding, column.PartLabel ?? column.Header, options, cell.Value);
        }
        else if (column.Kind == FieldKind.Date)
        {
            controls.Date(cell.Binding, column.PartLabel ?? column.Header, cell.Value);
        }
        else
        {
            controls.Text(cell.Binding, column.PartLabel ?? column.Header, cell.Value, column.Kind is FieldKind.MultiLine or FieldKind.TextList);
        }
    }

    private void OpenGrid()
    {
        if (gridOpen)
        {
            return;
        }

        SeparateFromTableAbove();
        gridOpen = true;
        xml.Start("tbl");
        TableProperties(null);
        xml.Start("tblGrid");
        xml.Start("gridCol");
        xml.Attribute("w", Layout.LabelColumnWidth);
        xml.End();
        xml.Start("gridCol");
        xml.Attribute("w", Layout.ValueColumnWidth);
        xml.End();
        xml.End();
    }

    private void CloseGrid()
    {
        if (gridOpen)
        {
            xml.End();
            gridOpen = false;
            tableJustEnded = true;
        }
    }

    private void BodyParagraph(string text, string? styleId)
    {
        xml.Paragraph(text, styleId);
        tableJustEnded = false;
    }

    /// <summary>
    /// Two tables with nothing between them are one table to Word and LibreOffice: the second would take the first's
    /// columns and repeated header row. A small empty paragraph keeps them apart.
    /// </summary>
    private void SeparateFromTableAbove()
    {
        if (!tableJustEnded)
        {
            return;
        }

        SpacerParagraph(40);
        tableJustEnded = false;
    }

    private void TableProperties(string? caption)
    {
        xml.Start("tblPr");
        xml.Start("tblW");
        xml.Attribute("w", Layout.TextWidth);
        xml.Attribute("type", "dxa");
        xml.End();
        xml.Start("tblBorders");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            xml.Start(side);
            xml.Attribute("val", "single");
            xml.Attribute("sz", 4);
            xml.Attribute("space", 0);
            xml.Attribute("color", Border);
            xml.End();
        }

        xml.End();
        xml.Start("tblLayout");
        xml.Attribute("type", "fixed");
        xml.End();
        xml.Start("tblCellMar");
        CellMargin("top", 40);
        CellMargin("left", Layout.CellSideMargin);
        CellMargin("bottom", 40);
        CellMargin("right", Layout.CellSideMargin);
        xml.End();
        xml.Start("tblLook");
        xml.Attribute("val", caption is null ? "0080" : "0020");
        xml.Attribute("firstRow", caption is null ? "0" : "1");
        xml.Attribute("lastRow", "0");
        xml.Attribute("firstColumn", caption is null ? "1" : "0");
        xml.Attribute("lastColumn", "0");
        xml.Attribute("noHBand", "1");
        xml.Attribute("noVBand", "1");
        xml.End();
        if (caption is not null)
        {
            xml.Value("tblCaption", Text.Checked(caption));
        }

        xml.End();
    }

    private void CellMargin(string side, int width)
    {
        xml.Start(side);
        xml.Attribute("w", width);
        xml.Attribute("type", "dxa");
        xml.End();
    }

    private void StartRow(int writingLines, bool mayBreak)
    {
        xml.Start("tr");
        RowHeight(writingLines, cantSplit: !mayBreak);
    }

    private void RowHeight(int writingLines, bool cantSplit)
    {
        xml.Start("trPr");
        if (cantSplit)
        {
            xml.Empty("cantSplit");
        }

        if (writingLines > 0)
        {
            xml.Start("trHeight");
            xml.Attribute("val", writingLines * Layout.WritingLineHeight);
            xml.Attribute("hRule", "atLeast");
            xml.End();
        }

        xml.End();
    }

    private void LabelCell(string label, bool keepWithNext)
    {
        StartCell(Layout.LabelColumnWidth, shaded: true);
        xml.Paragraph(label, StyleIds.Label, keepNext: keepWithNext);
        xml.End();
    }

    /// <summary>Opens the value cell; the help leads it, read after the label and before the answer, as in the PDF.</summary>
    private void StartValueCell(string? help, bool keepWithNext)
    {
        StartCell(Layout.ValueColumnWidth, shaded: false);
        if (help is not null)
        {
            xml.Paragraph(help, StyleIds.Help, keepNext: keepWithNext);
        }
    }

    private void EndCellAndRow()
    {
        xml.End();
        xml.End();
    }

    private void WideRow(string text, string? styleId, bool bold, bool keepWithNext)
    {
        StartWideRowCell(shaded: true);
        xml.Paragraph(text, styleId, bold, keepWithNext);
        xml.End();
        xml.End();
    }

    /// <summary>Opens a row of the label and answer grid kept whole, with one cell across both columns.</summary>
    private void StartWideRowCell(bool shaded)
    {
        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("cantSplit");
        xml.End();
        xml.Start("tc");
        xml.Start("tcPr");
        CellWidth(Layout.TextWidth);
        xml.Value("gridSpan", 2);
        if (shaded)
        {
            Shading();
        }

        xml.End();
    }

    /// <summary>An empty paragraph a few twips high: it keeps two tables apart, or ends a cell, taking almost no room.</summary>
    private void SpacerParagraph(int heightTwips)
    {
        xml.Start("p");
        xml.Start("pPr");
        xml.Start("spacing");
        xml.Attribute("before", 0);
        xml.Attribute("after", 0);
        xml.Attribute("line", heightTwips);
        xml.Attribute("lineRule", "exact");
        xml.End();
        xml.End();
        xml.End();
    }

    /// <summary>The content control of a text or date input, in the paragraph already open.</summary>
    private void FieldControl(FieldBlock field)
    {
        if (field.Kind == FieldKind.Date)
        {
            controls.Date(field.Binding, field.Label, field.Value);
        }
        else
        {
            controls.Text(field.Binding, field.Label, field.Value, field.Kind is FieldKind.MultiLine or FieldKind.TextList);
        }
    }

    private void StartCell(int width, bool shaded)
    {
        xml.Start("tc");
        xml.Start("tcPr");
        CellWidth(width);
        if (shaded)
        {
            Shading();
        }

        xml.End();
    }

    private void CellWidth(int width)
    {
        xml.Start("tcW");
        xml.Attribute("w", width);
        xml.Attribute("type", "dxa");
        xml.End();
    }

    private void Shading()
    {
        xml.Start("shd");
        xml.Attribute("val", "clear");
        xml.Attribute("color", "auto");
        xml.Attribute("fill", LabelShading);
        xml.End();
    }

    private void SectionProperties()
    {
        xml.Start("sectPr");
        HeaderFooterReference("headerReference", DocxParts.HeaderRelationship);
        HeaderFooterReference("footerReference", DocxParts.FooterRelationship);
        xml.Start("pgSz");
        xml.Attribute("w", Layout.PageWidth);
        xml.Attribute("h", Layout.PageHeight);
        xml.End();
        xml.Start("pgMar");
        xml.Attribute("top", Layout.TopAndBottomMargin);
        xml.Attribute("right", Layout.SideMargin);
        xml.Attribute("bottom", Layout.TopAndBottomMargin);
        xml.Attribute("left", Layout.SideMargin);
        xml.Attribute("header", Layout.HeaderFooterDistance);
        xml.Attribute("footer", Layout.HeaderFooterDistance);
        xml.Attribute("gutter", 0);
        xml.End();
        xml.End();
    }

    private void HeaderFooterReference(string localName, string relationshipId)
    {
        xml.Start(localName);
        xml.Attribute("type", "default");
        xml.AttributeQualified("r:id", relationshipId);
        xml.End();
    }
}
