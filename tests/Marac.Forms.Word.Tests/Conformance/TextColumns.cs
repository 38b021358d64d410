using Marac.Forms.Documents;
using Marac.Forms.Word.Writing;

namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>
/// Where the columns of the rendered forms sit on the page, in points: the value column of the label/value
/// grid and every column of the sample case's tables, question grids and rows of two or three fields. pdftotext reads side-by-side cells line by line, so
/// the tests also read each column as its own strip, as a person reads a table.
/// </summary>
internal static class TextColumns
{
    internal static IReadOnlyList<(double X, double Width)> Strips()
    {
        var strips = new List<(double X, double Width)>
        {
            (Twips(Layout.SideMargin), Twips(Layout.LabelColumnWidth)),
            (Twips(Layout.SideMargin + Layout.LabelColumnWidth), Twips(Layout.ValueColumnWidth)),
        };

        var documents = new[]
        {
            FormDocumentBuilder.Build(SampleCase.Referral),
            FormDocumentBuilder.Build(SampleCase.Dash),
            FormDocumentBuilder.Build(SampleCase.Sharing),
        }.Concat(SampleFiles.CaseComplete.Select(f => SampleFiles.Build(f.Value)));
        var blocks = documents.SelectMany(d => d.Sections).SelectMany(s => s.Blocks).ToList();
        var columnWidths = blocks.OfType<TableBlock>().Select(t => DocumentWriter.ColumnWidths(t))
            .Concat(blocks.OfType<QuestionGridBlock>().Select(DocumentWriter.GridColumnWidths))
            .Concat(new[] { 2, 3 }.Select(n => Enumerable.Repeat(Layout.TextWidth / n, n).ToArray()));
        foreach (var widths in columnWidths)
        {
            var x = Layout.SideMargin;
            foreach (var width in widths)
            {
                var strip = (Twips(x), Twips(width));
                if (!strips.Contains(strip))
                {
                    strips.Add(strip);
                }

                x += width;
            }
        }

        return strips;
    }

    private static double Twips(int twips) => twips / 20.0;
}
