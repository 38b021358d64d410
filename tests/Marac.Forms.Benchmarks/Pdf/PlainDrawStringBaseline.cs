using Marac.Forms.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>
/// The baseline: the same text (every heading, label, option and value of the document) drawn with
/// plain PDFsharp DrawString calls in the same bundled font, one line per string or text line, no
/// measuring, wrapping, tagging or furniture, saved with PDFsharp's own compression.
/// </summary>
internal static class PlainDrawStringBaseline
{
    public static byte[] Render(FormDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var font = new XFont(Marac.Forms.Pdf.Fonts.FontRegistry.BundledFamily, 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        XGraphics? graphics = null;
        double y = 1000;
        foreach (string line in Texts(document).SelectMany(t => t.Split('\n')))
        {
            if (y > 800)
            {
                graphics?.Dispose();
                graphics = XGraphics.FromPdfPage(pdf.AddPage());
                y = 50;
            }

            graphics!.DrawString(line, font, XBrushes.Black, 50, y);
            y += 12.5;
        }

        graphics?.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static IEnumerable<string> Texts(FormDocument document)
    {
        yield return document.Title;
        foreach (DocumentSection section in document.Sections)
        {
            yield return section.Heading;
            foreach (string text in section.Blocks.SelectMany(Texts))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Texts(DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                yield return text.Text;
                break;
            case FieldBlock field:
                yield return field.Label;
                if (field.Value is { } value)
                {
                    yield return value;
                }

                break;
            case ChoiceBlock choice:
                yield return choice.Label;
                foreach (ChoiceOption option in choice.Options)
                {
                    yield return option.Label;
                }

                break;
            case TableBlock table:
                yield return table.Caption;
                foreach (TableColumn column in table.Columns)
                {
                    yield return column.Header;
                }

                foreach (TableCell cell in table.Rows.SelectMany(r => r.Cells))
                {
                    if (cell.Value is { } cellValue)
                    {
                        yield return cellValue;
                    }
                }

                break;
            case SignatureBlock signature:
                yield return signature.Label;
                foreach (FieldBlock? field in new[] { signature.Name, signature.Role, signature.Date })
                {
                    if (field is not null)
                    {
                        foreach (string text in Texts(field))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case GroupBlock group:
                if (group.Heading is { } heading)
                {
                    yield return heading;
                }

                foreach (string text in group.Blocks.SelectMany(Texts))
                {
                    yield return text;
                }

                break;
        }
    }
}
