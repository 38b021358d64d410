using DocumentFormat.OpenXml.Wordprocessing;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>The header (the marking) and footer (the marking; form name and version with "page n of m"; the review date) repeated on every page.</summary>
internal static class HeaderFooterBuilder
{
    internal static Header Header(FormDocument document) =>
        new(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }), Text.Run(document.Marking)));

    internal static Footer Footer(FormDocument document)
    {
        var footer = new Footer(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }),
                Text.Run(document.Marking)));

        var line = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }), Text.Run(document.FooterText), new Run(new TabChar()));
        line.Append(Text.Run(document.PageNumbers.Before));
        line.Append(Field("PAGE", "1"));
        line.Append(Text.Run(document.PageNumbers.Between));
        line.Append(Field("NUMPAGES", "1"));
        footer.Append(line);

        if (document.ReviewNotice is { } notice)
        {
            footer.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }), Text.Run(notice)));
        }

        return footer;
    }

    private static IEnumerable<Run> Field(string instruction, string cachedResult) => new[]
    {
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" " + instruction + " ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cachedResult)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    };
}
