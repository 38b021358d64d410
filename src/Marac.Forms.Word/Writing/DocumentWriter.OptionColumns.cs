using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>A long list of tick boxes across the width of the page, in the number of columns the document gives.</summary>
internal sealed partial class DocumentWriter
{
    private void OptionColumnsRow(ChoiceBlock choice, bool keepWithNext)
    {
        var columns = choice.OptionColumns;
        var inner = Layout.TextWidth - (2 * Layout.CellSideMargin);
        var width = inner / columns;
        var perColumn = (choice.Options.Count + columns - 1) / columns;

        StartWideRowCell(shaded: false);

        // A table inside the cell, without borders, holds the columns; Word and LibreOffice both keep its controls.
        xml.Start("tbl");
        xml.Start("tblPr");
        xml.Start("tblW");
        xml.Attribute("w", inner);
        xml.Attribute("type", "dxa");
        xml.End();
        xml.Start("tblLayout");
        xml.Attribute("type", "fixed");
        xml.End();
        xml.Start("tblLook");
        xml.Attribute("val", "0000");
        xml.Attribute("firstRow", "0");
        xml.Attribute("lastRow", "0");
        xml.Attribute("firstColumn", "0");
        xml.Attribute("lastColumn", "0");
        xml.Attribute("noHBand", "1");
        xml.Attribute("noVBand", "1");
        xml.End();
        xml.End();
        xml.Start("tblGrid");
        for (var c = 0; c < columns; c++)
        {
            xml.Start("gridCol");
            xml.Attribute("w", width);
            xml.End();
        }

        xml.End();
        xml.Start("tr");
        for (var c = 0; c < columns; c++)
        {
            xml.Start("tc");
            xml.Start("tcPr");
            CellWidth(width);
            xml.End();
            var options = choice.Options.Skip(c * perColumn).Take(perColumn).ToList();
            foreach (var option in options)
            {
                xml.Start("p");
                xml.ParagraphProperties(StyleIds.Answer, keepWithNext);
                controls.CheckBox(choice.Binding, option);
                xml.Run(" " + option.Label);
                xml.End();
            }

            if (options.Count == 0)
            {
                xml.Empty("p");
            }

            xml.End();
        }

        xml.End();
        xml.End();

        // A cell ends with a paragraph; this one takes almost no room.
        SpacerParagraph(20);
        EndCellAndRow();
    }
}
