using System.Text;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>
/// Rewrites the values of a built document so that every character is one the PDF renderer prints
/// with its bundled fonts and that text extraction gives back in order (the generators also produce
/// Chinese, emoji the fonts lack, control and invisible characters, which it refuses or does not
/// draw). Right-to-left letters are replaced too: in the generators' random mixed-direction text,
/// pdftotext moves punctuation next to a right-to-left word to its other side when it groups the
/// word (the page shows it where the bidirectional algorithm puts it), so the exact comparison
/// would fail on the reader, not on the document. Right-to-left names have their own tests.
/// Wording from the form definition is printable already and comes through unchanged.
/// </summary>
internal static class PrintableDocuments
{
    public static FormDocument Sanitise(FormDocument document) => new(
        document.Form,
        document.Marking,
        document.ReviewNotice,
        document.IsBlank,
        document.Sections.Select(s => s with { Blocks = s.Blocks.Select(Block).ToArray() }).ToArray());

    /// <summary>True when the renderer would print the text unchanged (after NFC).</summary>
    public static bool IsPrintable(string text) => Printable(text) == text.Normalize(NormalizationForm.FormC);

    private static DocumentBlock Block(DocumentBlock block) => block switch
    {
        FieldBlock field => Field(field),
        ChoiceBlock choice => choice with { Label = Printable(choice.Label), Options = choice.Options.Select(o => o with { Label = Printable(o.Label) }).ToArray() },
        TableBlock table => table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Value = c.Value is null ? null : Printable(c.Value) }).ToArray() }).ToArray() },
        SignatureBlock signature => signature with { Name = Field(signature.Name), Role = signature.Role is null ? null : Field(signature.Role), Date = Field(signature.Date) },
        GroupBlock group => group with { Blocks = group.Blocks.Select(Block).ToArray() },
        FieldRowBlock row => row with { Inputs = row.Inputs.Select(Block).ToArray() },
        QuestionGridBlock grid => grid with
        {
            Rows = grid.Rows.Select(r => r with
            {
                Response = (ChoiceBlock)Block(r.Response),
                Details = r.Details.Select(Block).ToArray(),
                Source = Field(r.Source),
                Comment = Field(r.Comment),
            }).ToArray(),
        },
        _ => block,
    };

    // Labels are sanitised too: a local Dash question's wording comes from the record.
    private static FieldBlock Field(FieldBlock field) => field with { Label = Printable(field.Label), Value = field.Value is null ? null : Printable(field.Value) };

    private static string Printable(string text)
    {
        string nfc = text.Normalize(NormalizationForm.FormC);
        var fonts = new FontSet(FontRegistry.BundledFaces, []);
        var result = new StringBuilder(nfc.Length);
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]);
            int codePoint = pair ? char.ConvertToUtf32(c, nfc[i + 1]) : c;
            bool ok = c == '\n'
                || (!(char.IsSurrogate(c) && !pair) && !char.IsControl(c)
                    && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(nfc, i) != System.Globalization.UnicodeCategory.Format
                    && Marac.Forms.Pdf.Text.Bidi.BidiClasses.Of(codePoint) is not (Marac.Forms.Pdf.Text.Bidi.BidiClass.R or Marac.Forms.Pdf.Text.Bidi.BidiClass.AL or Marac.Forms.Pdf.Text.Bidi.BidiClass.AN)
                    && new[] { FaceStyle.Regular, FaceStyle.Bold, FaceStyle.Italic }.All(style => fonts.FindFace(style, codePoint, -1) >= 0));
            result.Append(ok ? nfc.Substring(i, pair ? 2 : 1) : "x");
            if (pair)
            {
                i++;
            }
        }

        return result.ToString();
    }
}
