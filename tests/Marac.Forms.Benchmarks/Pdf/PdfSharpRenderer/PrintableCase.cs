using System.Text;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;
using Marac.Forms.Documents;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer;

/// <summary>
/// The PDFsharp renderer's rule for what it can print: characters of the bundled DejaVu Sans faces,
/// not right to left, not shaped. Values with anything else get an 'x' in its place, so the case
/// pack is one that both renderers draw.
/// </summary>
internal static class PrintableCase
{
    public static FormDocument Sanitise(FormDocument document) => new(
        document.Form,
        document.Marking,
        document.ReviewNotice,
        document.IsBlank,
        document.Sections.Select(s => s with { Blocks = s.Blocks.Select(Block).ToArray() }).ToArray());

    private static DocumentBlock Block(DocumentBlock block) => block switch
    {
        FieldBlock field => Field(field),
        ChoiceBlock choice => choice with { Label = Printable(choice.Label), Options = choice.Options.Select(o => o with { Label = Printable(o.Label) }).ToArray() },
        TableBlock table => table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Value = c.Value is null ? null : Printable(c.Value) }).ToArray() }).ToArray() },
        SignatureBlock signature => signature with { Name = Field(signature.Name), Role = signature.Role is null ? null : Field(signature.Role), Date = Field(signature.Date) },
        GroupBlock group => group with { Blocks = group.Blocks.Select(Block).ToArray() },
        _ => block,
    };

    private static FieldBlock Field(FieldBlock field) => field with { Label = Printable(field.Label), Value = field.Value is null ? null : Printable(field.Value) };

    private static string Printable(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        BundledFaces faces = FontRegistry.BundledFaces;
        var result = new StringBuilder(nfc.Length);
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            bool ok = c == '\n'
                || (!char.IsSurrogate(c) && !char.IsControl(c) && !UnsupportedScripts.TryFind(c, out _, out _)
                    && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format
                    && faces.Regular.Metrics.HasGlyph(c) && faces.Bold.Metrics.HasGlyph(c) && faces.Italic.Metrics.HasGlyph(c));
            if (char.IsHighSurrogate(c) && i + 1 < nfc.Length)
            {
                i++;
            }

            result.Append(ok ? c : 'x');
        }

        return result.ToString();
    }
}
