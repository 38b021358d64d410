using Marac.Forms.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>
/// The baseline: the same text (every heading, label, option and value of the document) drawn with
/// plain PDFsharp DrawString calls in the same bundled faces (headings and labels bold, help italic,
/// values regular), one call per string or text line, with no measuring, wrapping, tagging or page
/// furniture, saved with PDFsharp's own compression.
/// </summary>
internal static class PlainDrawStringBaseline
{
    public static byte[] Render(FormDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont[] fonts =
        [
            new(Marac.Forms.Pdf.Fonts.FontRegistry.BundledFamily, 10, XFontStyleEx.Regular, options),
            new(Marac.Forms.Pdf.Fonts.FontRegistry.BundledFamily, 10, XFontStyleEx.Bold, options),
            new(Marac.Forms.Pdf.Fonts.FontRegistry.BundledFamily, 10, XFontStyleEx.Italic, options),
        ];
        XGraphics? graphics = null;
        double y = 1000;
        foreach (var (text, style) in Texts(document))
        {
            foreach (string line in text.Split('\n'))
            {
                if (y > 800)
                {
                    graphics?.Dispose();
                    graphics = XGraphics.FromPdfPage(pdf.AddPage());
                    y = 50;
                }

                graphics!.DrawString(line, fonts[style], XBrushes.Black, 50, y);
                y += 12.5;
            }
        }

        graphics?.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private const int Regular = 0;
    private const int Bold = 1;
    private const int Italic = 2;

    private static IEnumerable<(string Text, int Style)> Texts(FormDocument document)
    {
        yield return (document.Title, Bold);
        foreach (DocumentSection section in document.Sections)
        {
            yield return (section.Heading, Bold);
            foreach (var text in section.Blocks.SelectMany(Texts))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<(string Text, int Style)> Texts(DocumentBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                yield return (text.Text, text.Style == TextStyle.Note ? Italic : text.Style == TextStyle.Subheading ? Bold : Regular);
                break;
            case FieldBlock field:
                yield return (field.Label, Bold);
                if (field.Help is { } help)
                {
                    yield return (help, Italic);
                }

                if (field.Value is { } value)
                {
                    yield return (value, Regular);
                }

                break;
            case ChoiceBlock choice:
                yield return (choice.Label, Bold);
                foreach (ChoiceOption option in choice.Options)
                {
                    yield return (option.Label, Regular);
                }

                break;
            case TableBlock table:
                yield return (table.Caption, Bold);
                foreach (TableColumn column in table.Columns)
                {
                    yield return (column.Header, Bold);
                }

                foreach (TableCell cell in table.Rows.SelectMany(r => r.Cells))
                {
                    if (cell.Value is { } cellValue)
                    {
                        yield return (cellValue, Regular);
                    }
                }

                break;
            case SignatureBlock signature:
                yield return (signature.Label, Bold);
                foreach (FieldBlock? field in new[] { signature.Name, signature.Role, signature.Date })
                {
                    if (field is not null)
                    {
                        foreach (var text in Texts(field))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case GroupBlock group:
                if (group.Heading is { } heading)
                {
                    yield return (heading, Bold);
                }

                foreach (var text in group.Blocks.SelectMany(Texts))
                {
                    yield return text;
                }

                break;
        }
    }
}
