using Marac.Forms.Documents;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>Every populated value of a document, with the path it is bound to, as the renderer should print it.</summary>
internal static class DocumentValues
{
    public static IEnumerable<(string Path, string Printed)> Populated(FormDocument document) =>
        document.Sections.SelectMany(s => Blocks(s.Blocks));

    private static IEnumerable<(string, string)> Blocks(IEnumerable<DocumentBlock> blocks)
    {
        foreach (DocumentBlock block in blocks)
        {
            switch (block)
            {
                case FieldBlock { Value: { Length: > 0 } value } field:
                    yield return (field.Binding, value);
                    break;
                case ChoiceBlock choice when choice.Presentation == ChoicePresentation.DropDown:
                    foreach (ChoiceOption option in choice.Options.Where(o => o.IsSelected))
                    {
                        yield return (choice.Binding, option.Label);
                    }

                    break;
                case ChoiceBlock choice:
                    foreach (ChoiceOption option in choice.Options.Where(o => o.IsSelected))
                    {
                        yield return (choice.Binding, "\u2612 " + option.Label);
                    }

                    break;
                case TableBlock table:
                    foreach (TableCell cell in table.Rows.SelectMany(r => r.Cells).Where(c => !string.IsNullOrEmpty(c.Value)))
                    {
                        yield return (cell.Binding, cell.Value!);
                    }

                    break;
                case SignatureBlock signature:
                    foreach (var value in Blocks(new DocumentBlock?[] { signature.Name, signature.Role, signature.Date }.OfType<DocumentBlock>()))
                    {
                        yield return value;
                    }

                    break;
                case QuestionGridBlock grid:
                    foreach (QuestionGridRow row in grid.Rows)
                    {
                        // A grid prints the tick alone under its column's heading, not beside the option's label.
                        if (row.Response.Options.Any(o => o.IsSelected))
                        {
                            yield return (row.Response.Binding, "\u2612");
                        }

                        foreach (var value in Blocks(row.Details.Concat([row.Source, row.Comment])))
                        {
                            yield return value;
                        }
                    }

                    break;
                case FieldRowBlock row:
                    foreach (var value in Blocks(row.Inputs))
                    {
                        yield return value;
                    }

                    break;
                case GroupBlock group:
                    foreach (var value in Blocks(group.Blocks))
                    {
                        yield return value;
                    }

                    break;
            }
        }
    }
}
