using Marac.Forms.Documents;

namespace Marac.Forms.TestData;

/// <summary>
/// Rewrites the printed strings of a built document (labels, values, option labels, table cells, notes) with one
/// function, keeping its structure, marking, footer and page-number words: for tests and benchmarks that must keep
/// only the characters a renderer prints.
/// </summary>
public static class DocumentTexts
{
    /// <summary>The document with every label, value, option label, table cell and text block passed through <paramref name="rewrite"/>.</summary>
    public static FormDocument Rewrite(FormDocument document, Func<string, string> rewrite)
    {
        FieldBlock Field(FieldBlock field) => field with { Label = rewrite(field.Label), Value = field.Value is null ? null : rewrite(field.Value) };

        DocumentBlock Block(DocumentBlock block) => block switch
        {
            FieldBlock field => Field(field),
            ChoiceBlock choice => choice with { Label = rewrite(choice.Label), Options = choice.Options.Select(o => o with { Label = rewrite(o.Label) }).ToArray() },
            TableBlock table => table with { Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Value = c.Value is null ? null : rewrite(c.Value) }).ToArray() }).ToArray() },
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
            TextBlock text => text with { Text = rewrite(text.Text) },
            _ => block,
        };

        return new FormDocument(
            document.Form,
            document.Marking,
            document.ReviewNotice,
            document.IsBlank,
            document.Sections.Select(s => s with { Blocks = s.Blocks.Select(Block).ToArray() }).ToArray(),
            document.FooterText,
            document.PageNumbers);
    }
}
