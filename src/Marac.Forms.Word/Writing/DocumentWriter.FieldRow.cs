using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>Short fields side by side: a one-row table, each cell a label above its content control.</summary>
internal sealed partial class DocumentWriter
{
    private void WriteFieldRow(FieldRowBlock row, bool keepWithNext)
    {
        SeparateFromTableAbove();
        var count = Math.Max(1, row.Inputs.Count);
        var width = Layout.TextWidth / count;
        xml.Start("tbl");
        TableProperties(null);
        xml.Start("tblGrid");
        for (var c = 0; c < count; c++)
        {
            xml.Start("gridCol");
            xml.Attribute("w", width);
            xml.End();
        }

        xml.End();
        xml.Start("tr");
        // Room for the label and a handwritten line where an input has writing space; otherwise as tall as its text.
        RowHeight(
            row.Inputs.Any(i => i is FieldBlock { WritingLines: > 0 }) ? 2 : 0,
            cantSplit: !row.Inputs.Any(i => i is FieldBlock field && RowBreaking.MayBeLong(field.Value, width)));
        foreach (var input in row.Inputs)
        {
            StartCell(width, shaded: false);
            switch (input)
            {
                case FieldBlock field:
                    xml.Paragraph(field.Label, StyleIds.Label, keepNext: true);
                    if (field.Help is not null)
                    {
                        xml.Paragraph(field.Help, StyleIds.Help, keepNext: true);
                    }

                    xml.Start("p");
                    xml.ParagraphProperties(StyleIds.Answer, keepWithNext);
                    FieldControl(field);

                    xml.End();
                    break;
                case ChoiceBlock choice:
                    xml.Paragraph(choice.Label, StyleIds.Label, keepNext: true);
                    if (choice.Help is not null)
                    {
                        xml.Paragraph(choice.Help, StyleIds.Help, keepNext: true);
                    }

                    ChoiceParagraphs(choice, keepWithNext);
                    break;
                case SignatureBlock signature:
                    xml.Paragraph(signature.Label, StyleIds.Label, keepNext: true);
                    SignatureSpace();
                    foreach (var field in new[] { signature.Name, signature.Role, signature.Date })
                    {
                        if (field is null)
                        {
                            continue;
                        }

                        xml.Paragraph(field.Label, StyleIds.Help, keepNext: true);
                        xml.Start("p");
                        xml.ParagraphProperties(StyleIds.Answer, keepWithNext);
                        FieldControl(field);

                        xml.End();
                    }

                    break;
            }

            xml.End();
        }

        xml.End();
        xml.End();
        tableJustEnded = true;
    }

    /// <summary>An empty paragraph as tall as the space to sign in, framed, kept with the lines under it.</summary>
    private void SignatureSpace()
    {
        xml.Start("p");
        xml.Start("pPr");
        xml.Empty("keepNext");
        xml.Start("pBdr");
        foreach (var side in new[] { "top", "left", "bottom", "right" })
        {
            xml.Start(side);
            xml.Attribute("val", "single");
            xml.Attribute("sz", 4);
            xml.Attribute("space", 0);
            xml.Attribute("color", "666666");
            xml.End();
        }

        xml.End();
        xml.Start("spacing");
        xml.Attribute("line", Layout.SignatureHeight);
        xml.Attribute("lineRule", "atLeast");
        xml.End();
        xml.End();
        xml.End();
    }
}
