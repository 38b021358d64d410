using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>The real form definitions, built by FormDocumentBuilder from generated fictional records and blank.</summary>
public sealed class RealFormTests
{
    private const int CasesPerForm = 3;

    public static TheoryData<string> FormIds => new(FormDefinitions.All.Select(d => d.Id));

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Blank_forms_render_clean_with_every_heading_and_label_and_the_furniture_on_every_page()
    {
        foreach (FormDefinition definition in FormDefinitions.All)
        {
            RenderedPdf pdf = RenderedPdf.Render(FormDocumentBuilder.BuildBlank(definition));
            AssertClean(pdf);
            // Without the furniture, so that a note running on to the next page reads as one text.
            string text = pdf.NormalisedBody();
            foreach (DocumentSection section in pdf.Document.Sections)
            {
                Assert.Contains(ExtractedText.Normalise(section.Heading), text, StringComparison.Ordinal);
            }

            foreach (string label in Labels(pdf.Document))
            {
                Assert.True(text.Contains(ExtractedText.Normalise(label), StringComparison.Ordinal), $"{definition.Id}: label '{label}' not found.");
            }

            AssertFurnitureOnEveryPage(pdf);
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Completed_referrals_keep_every_value() => AssertCompletedFormsKeepEveryValue(FormGenerators.FullyPopulated.MaracReferral);

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Completed_dash_checklists_keep_every_value() => AssertCompletedFormsKeepEveryValue(FormGenerators.FullyPopulated.DashChecklist);

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Completed_sharing_records_keep_every_value() => AssertCompletedFormsKeepEveryValue(FormGenerators.FullyPopulated.SharingWithoutConsentRecord);

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Completed_disclosure_decisions_keep_every_value() => AssertCompletedFormsKeepEveryValue(FormGenerators.FullyPopulated.DisclosureDecision);

    [Fact]
    public void Generated_records_in_any_script_either_render_or_fail_naming_a_field_that_holds_the_refused_character()
    {
        var renderer = new PdfRenderer();
        foreach (MaracReferral referral in FormGenerators.Varied.MaracReferral.Sample(12, new Rnd(7UL), 20))
        {
            FormDocument document = FormDocumentBuilder.Build(referral);
            var values = DocumentValues.Populated(document).ToList();
            bool printable = values.All(v => PrintableDocuments.IsPrintable(v.Printed));
            try
            {
                Assert.NotEmpty(renderer.Render(document));
                Assert.True(printable, "Rendered although a value holds a character the PDF cannot print.");
            }
            catch (PdfUnprintableTextException error)
            {
                Assert.False(printable, error.Message);
                Assert.NotNull(error.FieldPath);
                Assert.Contains(values, v => v.Path == error.FieldPath && v.Printed.Contains(char.ConvertFromUtf32(error.CodePoint).Normalize(System.Text.NormalizationForm.FormC), StringComparison.Ordinal));
            }
        }
    }

    private static void AssertCompletedFormsKeepEveryValue<TForm>(Gen<TForm> records)
        where TForm : class
    {
        foreach (TForm record in records.Sample(CasesPerForm, new Rnd(20261019UL), 30))
        {
            FormDocument document = PrintableDocuments.Sanitise(FormDocumentBuilder.Build(record));
            RenderedPdf pdf = RenderedPdf.Render(document);
            AssertClean(pdf);
            AssertFurnitureOnEveryPage(pdf);
            string body = pdf.NormalisedBody();
            var missing = DocumentValues.Populated(document)
                .Where(v => !body.Contains(ExtractedText.Normalise(v.Printed), StringComparison.Ordinal) && !FoundInItsColumn(pdf, v.Path, v.Printed))
                .Select(v => v.Path)
                .ToList();
            Assert.True(missing.Count == 0, typeof(TForm).Name + ": not recovered: " + string.Join(", ", missing));
            Assert.True(DocumentValues.Populated(document).Count() > 10);
        }
    }

    /// <summary>For a table cell whose row was split across pages: is the value whole within its column?</summary>
    private static bool FoundInItsColumn(RenderedPdf pdf, string path, string value)
    {
        foreach (QuestionGridBlock grid in pdf.Document.Sections.SelectMany(s => s.Blocks).OfType<QuestionGridBlock>())
        {
            foreach (QuestionGridRow row in grid.Rows)
            {
                int gridColumn = row.Source.Binding == path || row.Comment.Binding == path ? grid.Columns.Count - 1
                    : row.Details.Any(d => d is FieldBlock f && f.Binding == path) ? 1
                    : -1;
                if (gridColumn >= 0)
                {
                    return pdf.NormalisedColumn(grid, gridColumn).Contains(ExtractedText.Normalise(value), StringComparison.Ordinal);
                }
            }
        }

        int bracket = path.IndexOf('[', StringComparison.Ordinal);
        int member = path.IndexOf("].", StringComparison.Ordinal);
        if (bracket < 0 || member < 0)
        {
            return false;
        }

        string list = path[..bracket];
        string column = path[(member + 2)..];
        TableBlock? table = pdf.Document.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>().FirstOrDefault(t => t.Binding == list);
        int index = table?.Columns.ToList().FindIndex(c => c.Binding == column) ?? -1;
        int printed = index < 0 ? -1 : table!.PrintedColumns.ToList().FindIndex(p => index >= p.FirstMember && index < p.FirstMember + p.MemberCount);
        return printed >= 0 && pdf.NormalisedColumn(table!, printed).Contains(ExtractedText.Normalise(value), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Labels(FormDocument document) =>
        document.Sections.SelectMany(s => s.Blocks).SelectMany(LabelsOf);

    private static IEnumerable<string> LabelsOf(DocumentBlock block) => block switch
    {
        FieldBlock f => [f.Label],
        ChoiceBlock c => [c.Label, .. c.Options.Select(o => o.Label)],
        TableBlock t => [t.Caption, .. t.PrintedColumns.Select(c => c.Header), .. t.Columns.Select(c => c.PartLabel).OfType<string>()],
        SignatureBlock s => [s.Label, s.Name.Label, s.Date.Label],
        GroupBlock g => g.Blocks.SelectMany(LabelsOf),
        FieldRowBlock r => r.Inputs.SelectMany(LabelsOf),
        QuestionGridBlock q => [.. q.Columns.Select(c => c.Header), .. q.Rows.SelectMany(r => new[] { r.Response.Label }.Concat(r.Details.SelectMany(LabelsOf)))],
        TextBlock t => [t.Text],
        _ => [],
    };

    private static void AssertClean(RenderedPdf pdf)
    {
        ToolResult check = ExternalTool.Run("qpdf", "--check", pdf.Path);
        Assert.True(check.ExitCode == 0 && !check.Output.Contains("WARNING", StringComparison.Ordinal), check.Output + check.Error);
    }

    private static void AssertFurnitureOnEveryPage(RenderedPdf pdf)
    {
        for (int p = 0; p < pdf.Pages.Length; p++)
        {
            Assert.True(pdf.Pages[p].Split(pdf.Document.Marking).Length - 1 >= 2, $"Page {p + 1} lacks the marking twice.");
            Assert.Contains($"Page {p + 1} of {pdf.Pages.Length}", pdf.Pages[p], StringComparison.Ordinal);
            Assert.Contains(pdf.Document.FooterText, pdf.Pages[p], StringComparison.Ordinal);
        }
    }
}
