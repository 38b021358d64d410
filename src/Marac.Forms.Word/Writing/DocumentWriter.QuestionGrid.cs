using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>The question grid: a table with a repeated header row and a row per question, every input a content control.</summary>
internal sealed partial class DocumentWriter
{
    private const string OptionSeparator = "   ";

    private void WriteQuestionGrid(QuestionGridBlock grid)
    {
        SeparateFromTableAbove();
        var widths = GridColumnWidths(grid);
        xml.Start("tbl");
        TableProperties(grid.Columns[1].Header);
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
        for (var c = 0; c < grid.Columns.Count; c++)
        {
            StartCell(widths[c], shaded: true);
            xml.Start("p");
            xml.ParagraphProperties(StyleIds.Label, keepNext: true);
            SmallRun(grid.Columns[c].Header);
            xml.End();
            xml.End();
        }

        xml.End();

        foreach (var row in grid.Rows)
        {
            xml.Start("tr");
            StartNumberCell(widths[0]);
            xml.Paragraph(row.Number ?? string.Empty, StyleIds.Label);
            xml.End();

            StartCell(widths[1], shaded: false);
            QuestionParagraphs(row);
            xml.End();

            for (var a = 0; a < grid.AnswerColumnCount; a++)
            {
                StartCell(widths[2 + a], shaded: false);
                xml.Start("p");
                if (a < row.Response.Options.Count)
                {
                    controls.CheckBox(row.Response.Binding, row.Response.Options[a]);
                }

                xml.End();
                xml.End();
            }

            StartCell(widths[widths.Length - 1], shaded: false);
            if (row.Source.IsUnansweredOnCompletedForm && row.Comment.IsUnansweredOnCompletedForm)
            {
                // Nothing to show, but both stay fillable: one line with the two controls, no labels.
                xml.Start("p");
                FieldControl(row.Source);
                FieldControl(row.Comment);
                xml.End();
            }
            else
            {
                LabelledControl(row.Source);
                LabelledControl(row.Comment);
            }

            xml.End();
            xml.End();
        }

        xml.End();
        tableJustEnded = true;
    }

    /// <summary>The grid's column widths in twips, in the proportions the document gives.</summary>
    internal static int[] GridColumnWidths(QuestionGridBlock grid)
    {
        var total = grid.Columns.Sum(c => c.RelativeWidth);
        return grid.Columns.Select(c => (int)(Layout.TextWidth * c.RelativeWidth / total)).ToArray();
    }

    private void QuestionParagraphs(QuestionGridRow row)
    {
        xml.Paragraph(row.Response.Label, StyleIds.Label);
        if (row.Response.Help is not null)
        {
            xml.Paragraph(row.Response.Help, StyleIds.Help);
        }

        foreach (var detail in row.Details)
        {
            switch (detail)
            {
                case TextBlock text:
                    xml.Paragraph(text.Text, StyleIds.Note);
                    break;
                case FieldBlock field:
                    LabelledControl(field);
                    break;
                case ChoiceBlock choice:
                    xml.Paragraph(choice.Label, StyleIds.Note);
                    xml.Start("p");
                    for (var i = 0; i < choice.Options.Count; i++)
                    {
                        if (i > 0)
                        {
                            xml.Run(OptionSeparator);
                        }

                        controls.CheckBox(choice.Binding, choice.Options[i]);
                        xml.Run(" " + choice.Options[i].Label);
                    }

                    xml.End();
                    break;
            }
        }
    }

    /// <summary>A small label and its input in one paragraph, so an empty optional line takes one line.</summary>
    private void LabelledControl(FieldBlock field)
    {
        xml.Start("p");
        if (!field.IsUnansweredOnCompletedForm)
        {
            SmallRun(field.Label + ": ");
        }

        FieldControl(field);
        xml.End();
    }

    /// <summary>
    /// The question number's cell, with narrow side margins: the column is as narrow as the PDF's, where a
    /// two-digit number and its full stop must still stand on one line.
    /// </summary>
    private void StartNumberCell(int width)
    {
        xml.Start("tc");
        xml.Start("tcPr");
        CellWidth(width);
        xml.Start("tcMar");
        foreach (var side in new[] { "left", "right" })
        {
            xml.Start(side);
            xml.Attribute("w", Layout.NarrowCellMargin);
            xml.Attribute("type", "dxa");
            xml.End();
        }

        xml.End();
        xml.End();
    }

    /// <summary>A run in the small type of grid headers and input labels.</summary>
    private void SmallRun(string text)
    {
        xml.Start("r");
        xml.Start("rPr");
        xml.Value("sz", 16);
        xml.Value("szCs", 16);
        xml.End();
        xml.RunContent(text);
        xml.End();
    }
}
