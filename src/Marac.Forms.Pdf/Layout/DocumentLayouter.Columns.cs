using Marac.Forms.Documents;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>Side-by-side layouts: short fields in a row, and long lists of tick boxes in columns.</summary>
internal sealed partial class DocumentLayouter
{
    private void AddOptionColumns(List<string> texts, int columns, double x, double width, TextSource source)
    {
        double columnWidth = (width - ((columns - 1) * Typography.ColumnGap)) / columns;
        double hang = TextPreparer.Prepare(_unticked + " ", Typography.Value, _fonts, source).Width(0, 2);
        int perColumn = (texts.Count + columns - 1) / columns;
        var cells = new List<RowCell>();
        for (int c = 0; c < columns; c++)
        {
            var units = new List<CellUnit>();
            foreach (string text in texts.Skip(c * perColumn).Take(perColumn))
            {
                PreparedText prepared = TextPreparer.Prepare(text, Typography.Value, _fonts, source);
                foreach (OptionLine line in OptionLine.Of(LineBreaker.Break(prepared, columnWidth - hang), BoxLength, hang))
                {
                    units.Add(new OptionUnit(line));
                }
            }

            cells.Add(new RowCell(x + (c * (columnWidth + Typography.ColumnGap)), columnWidth, units, StructureTag.List));
        }

        _items.Add(new RowFlowable(cells, RowStyle.Plain));
    }

    private void AddFieldRow(FieldRowBlock row)
    {
        int n = row.Inputs.Count;
        double width = (PageGeometry.ContentWidth - ((n - 1) * Typography.ColumnGap)) / n;
        var cells = new List<RowCell>();
        for (int c = 0; c < n; c++)
        {
            cells.Add(new RowCell(PageGeometry.ContentLeft + (c * (width + Typography.ColumnGap)), width, RowInputUnits(row.Inputs[c], width), StructureTag.Paragraph));
        }

        _items.Add(new RowFlowable(cells, RowStyle.FieldRow));
    }

    private List<CellUnit> RowInputUnits(DocumentBlock input, double width)
    {
        switch (input)
        {
            case FieldBlock field:
                {
                    List<CellUnit> units = Lines(field.Label, Typography.Label, TextSource.FormWording($"the label of field {field.Binding}"), width);
                    if (field.Help is { Length: > 0 } help)
                    {
                        units.AddRange(Lines(help, Typography.Help, TextSource.FormWording($"the help of field {field.Binding}"), width));
                    }

                    units.AddRange(ValueUnits(field, width));
                    return units;
                }

            case ChoiceBlock choice:
                {
                    List<CellUnit> units = Lines(choice.Label, Typography.Label, TextSource.FormWording($"the label of field {choice.Binding}"), width);
                    if (choice.Help is { Length: > 0 } help)
                    {
                        units.AddRange(Lines(help, Typography.Help, TextSource.FormWording($"the help of field {choice.Binding}"), width));
                    }

                    units.AddRange(choice.PrintsOptions
                        ? Lines(PackedOptions(choice.Options, width, Typography.Value), Typography.Value, TextSource.Value(choice.Binding), width)
                        : ChosenUnits(choice, width));
                    return units;
                }

            case SignatureBlock signature:
                {
                    List<CellUnit> units = Lines(signature.Label, Typography.Label, TextSource.FormWording($"the label of signature {signature.Name.Binding}"), width);
                    units.Add(SignatureSpaceUnit.Instance);
                    foreach (FieldBlock? field in new[] { signature.Name, signature.Role, signature.Date })
                    {
                        if (field is not null)
                        {
                            units.AddRange(Lines(field.Label, Typography.Help, TextSource.FormWording($"the label of field {field.Binding}"), width));
                            units.AddRange(ValueUnits(field, width));
                        }
                    }

                    return units;
                }

            default:
                throw new NotSupportedException("Marac.Forms.Pdf cannot draw a " + input.GetType().Name + " in a row of fields.");
        }
    }
}
