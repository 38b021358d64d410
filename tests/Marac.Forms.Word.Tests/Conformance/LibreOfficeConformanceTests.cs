using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>
/// LibreOffice, a real reader of Word files, opens every rendered document: its PDF holds every populated
/// value of the sample case and the marking on every page, and a copy it re-saves as .docx reads back into
/// an equal record.
/// </summary>
public sealed class LibreOfficeConformanceTests : IClassFixture<LibreOfficeFixture>
{
    private readonly LibreOfficeFixture fixture;

    public LibreOfficeConformanceTests(LibreOfficeFixture fixture) => this.fixture = fixture;

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void LibreOffice_converts_every_document_to_PDF()
    {
        var results = fixture.Results;

        foreach (var name in results.Documents.Keys)
        {
            Assert.True(results.PageCounts.TryGetValue(name, out var pages) && pages > 0, name + " was not converted. " + results.Log);
        }
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void Every_form_of_the_sample_case_and_every_blank_form_fits_its_page_budget_once_LibreOffice_lays_it_out()
    {
        var results = fixture.Results;
        var measured = SampleFiles.CaseComplete.Select(f => (Name: f.Key, FormId: SampleFiles.Build(f.Value).Form.Id, Blank: false))
            .Concat(FormDefinitions.All.Select(d => (Name: "blank-" + d.Id, FormId: d.Id, Blank: true)))
            .ToList();

        Assert.Equal(9, measured.Count);
        var over = new List<string>();
        foreach (var (name, formId, blank) in measured)
        {
            var budget = PageBudgets.For(formId);
            var ceiling = blank ? budget.BlankCeiling : budget.CompletedCeiling;
            var pages = results.PageCounts[name];
            if (pages > ceiling)
            {
                over.Add(name + ": " + pages + " pages, more than " + ceiling);
            }

            if (formId == "dash-checklist")
            {
                Assert.InRange(pages, 1, blank ? budget.Blank : budget.Completed);
            }
        }

        Assert.True(over.Count == 0, string.Join("; ", over));
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void Every_page_carries_the_marking_and_its_page_number()
    {
        var results = fixture.Results;
        foreach (var name in results.Documents.Keys)
        {
            var pages = results.PdfText[name].Split('\f').Where(page => page.Trim().Length > 0).ToList();
            var marking = FormMarkings.OfficialSensitive;

            Assert.Equal(results.PageCounts[name], pages.Count);
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.True(PrintedText.Occurrences(pages[i], marking) >= 2, name + " page " + (i + 1) + " lacks the marking at the top and bottom");
                Assert.True(PrintedText.Contains(pages[i], "Page " + (i + 1) + " of " + pages.Count), name + " page " + (i + 1) + " lacks its page number");
            }
        }
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo, WordTools.PdfFonts)]
    public void LibreOffice_draws_every_document_in_a_sans_serif_never_a_serif_fallback()
    {
        foreach (var name in fixture.Results.Documents.Keys)
        {
            var (code, fonts) = ExternalTools.Run(WordTools.PdfFonts, new[] { fixture.Results.PdfPath(name) }, TimeSpan.FromMinutes(1));

            Assert.Equal(0, code);
            var names = fonts.Split('\n').Skip(2).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()).OfType<string>().ToList();
            Assert.NotEmpty(names);
            Assert.All(names, font => Assert.DoesNotContain("Serif", font, StringComparison.Ordinal));
            Assert.Contains(names, font => font.Contains("Sans", StringComparison.Ordinal) || font.Contains("Arial", StringComparison.Ordinal));
        }
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void The_PDF_of_the_sample_referral_holds_every_populated_value() =>
        AssertEveryValuePrinted("sample-referral", FormDocumentBuilder.Build(SampleCase.Referral, options: RenderedForms.CaseOptions));

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void The_PDF_of_the_sample_Dash_checklist_holds_every_populated_value() =>
        AssertEveryValuePrinted("sample-dash", FormDocumentBuilder.Build(SampleCase.Dash, options: RenderedForms.CaseOptions));

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void The_PDF_of_the_sample_sharing_record_holds_every_populated_value() =>
        AssertEveryValuePrinted("sample-sharing", FormDocumentBuilder.Build(SampleCase.Sharing, options: RenderedForms.CaseOptions));

    public static TheoryData<string> CasePack => new(SampleFiles.CaseComplete.Select(f => f.Key));

    [ConformanceTheory(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    [MemberData(nameof(CasePack))]
    public void The_PDF_of_each_form_of_the_sample_case_pack_holds_every_populated_value(string name) =>
        AssertEveryValuePrinted(name, SampleFiles.Build(SampleFiles.All[name], SampleFiles.CaseCompleteOptions));

    [ConformanceTheory(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    [MemberData(nameof(CasePack))]
    public void Each_form_of_the_sample_case_pack_resaved_by_LibreOffice_reads_back_equal(string name)
    {
        var form = SampleFiles.All[name];

        Assert.Equal(WordFormSemantics.AsTheFormCarriesIt(form), SampleFiles.Read(form, fixture.Results.Resaved(name)));
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void A_referral_resaved_by_LibreOffice_reads_back_equal() =>
        Assert.Equal(SampleCase.Referral, WordFormReader.Read<MaracReferral>(new MemoryStream(fixture.Results.Resaved("sample-referral"))));

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void A_Dash_checklist_resaved_by_LibreOffice_reads_back_equal() =>
        Assert.Equal(SampleCase.Dash, WordFormReader.Read<DashChecklist>(new MemoryStream(fixture.Results.Resaved("sample-dash"))));

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void A_sharing_record_resaved_by_LibreOffice_reads_back_equal() =>
        Assert.Equal(SampleCase.Sharing, WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(fixture.Results.Resaved("sample-sharing"))));

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void Blank_forms_resaved_by_LibreOffice_read_back_as_empty_records()
    {
        var results = fixture.Results;

        Assert.Equal(new MaracReferral(), WordFormReader.Read<MaracReferral>(new MemoryStream(results.Resaved("blank-marac-referral"))));
        Assert.Equal(new DashChecklist(), WordFormReader.Read<DashChecklist>(new MemoryStream(results.Resaved("blank-dash-checklist"))));
        Assert.Equal(new DashChecklist(), WordFormReader.Read<DashChecklist>(new MemoryStream(results.Resaved("blank-dash-checklist-scotland")), FormDefinitions.DashChecklist.WithOverlay(FormOverlays.Scotland)));
        Assert.Equal(new SharingWithoutConsentRecord(), WordFormReader.Read<SharingWithoutConsentRecord>(new MemoryStream(results.Resaved("blank-sharing-without-consent"))));
        Assert.Equal(new DisclosureDecision(), WordFormReader.Read<DisclosureDecision>(new MemoryStream(results.Resaved("blank-disclosure-decision"))));
    }

    [ConformanceFact(WordTools.Soffice, WordTools.PdfToText, WordTools.PdfInfo)]
    public void An_answer_longer_than_a_page_runs_over_pages_with_nothing_clipped()
    {
        var results = fixture.Results;
        foreach (var (name, document, sentences) in new[]
        {
            ("long-answers-referral", FormDocumentBuilder.Build(LongAnswers.Referral, options: RenderedForms.CaseOptions), LongAnswers.RiskSummarySentences),
            ("long-answers-sharing", FormDocumentBuilder.Build(LongAnswers.Sharing, options: RenderedForms.CaseOptions), LongAnswers.LegalAuthoritySentences),
        })
        {
            // Where a row runs over a page, the page's marking and footer and the table's repeated header come between
            // its lines; read past them as a person turning the page does.
            var texts = new[] { results.PdfText[name] }.Concat(results.ColumnText[name]).Select(t => WithoutPageFurniture(t, document)).ToList();
            var missing = sentences.Where(s => !texts.Any(t => t.Contains(PrintedText.Compact(s), StringComparison.Ordinal))).ToList();

            Assert.True(missing.Count == 0, name + ": " + missing.Count + " sentences not printed, the first: " + missing.FirstOrDefault());
            Assert.True(results.PageCounts[name] > results.PageCounts[name.Replace("long-answers-", "sample-")], name + " should run to more pages than the sample");
        }
    }

    /// <summary>The text without whitespace, page numbers, the marking, the footer and the tables' header cells.</summary>
    private static string WithoutPageFurniture(string text, FormDocument document)
    {
        var repeated = new[] { document.Marking, document.FooterText, document.ReviewNotice ?? string.Empty }
            .Concat(document.Sections.SelectMany(s => s.Blocks).OfType<TableBlock>().SelectMany(t => t.Columns).Select(c => c.Header))
            .Where(r => r.Length > 0)
            .Select(PrintedText.Compact);
        var compact = System.Text.RegularExpressions.Regex.Replace(PrintedText.Compact(text), System.Text.RegularExpressions.Regex.Escape(PrintedText.Compact(document.PageNumbers.Before)) + @"\d+" + System.Text.RegularExpressions.Regex.Escape(PrintedText.Compact(document.PageNumbers.Between)) + @"\d+", string.Empty);
        foreach (var part in repeated)
        {
            compact = compact.Replace(part, string.Empty);
        }

        return compact;
    }

    private void AssertEveryValuePrinted(string name, FormDocument document)
    {
        var printed = new[] { fixture.Results.PdfText[name] }.Concat(fixture.Results.ColumnText[name]).Select(IgnoringLineBreakHyphens).ToList();
        var values = PopulatedValues(document).ToList();
        Assert.NotEmpty(values);

        var missing = values.Where(value => !printed.Any(text => text.Contains(IgnoringLineBreakHyphens(value), StringComparison.Ordinal))).ToList();

        Assert.True(missing.Count == 0, name + ": not found in the PDF text: " + string.Join(" | ", missing));
    }

    /// <summary>Every value the document shows: field values, the labels of ticked or chosen options (with their tick), and table cells.</summary>
    private static IEnumerable<string> PopulatedValues(FormDocument document)
    {
        foreach (var value in PopulatedValues(document.Sections.SelectMany(s => s.Blocks)))
        {
            yield return value;
        }

        if (document.ReviewNotice is { } notice)
        {
            yield return notice;
        }
    }

    private static IEnumerable<string> PopulatedValues(IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks.SelectMany(Flatten))
        {
            switch (block)
            {
                case FieldBlock { Value: { } value }:
                    yield return value;
                    break;
                case ChoiceBlock choice:
                    foreach (var option in choice.Options.Where(o => o.IsSelected))
                    {
                        yield return choice.Presentation == ChoicePresentation.TickBoxes ? "\u2612 " + option.Label : option.Label;
                    }

                    break;
                case QuestionGridBlock grid:
                    foreach (var row in grid.Rows)
                    {
                        // A grid prints the tick alone under its column's heading, not beside the option's label.
                        if (row.Response.Options.Any(o => o.IsSelected))
                        {
                            yield return "\u2612";
                        }

                        foreach (var value in PopulatedValues(row.Details.Concat(new DocumentBlock[] { row.Source, row.Comment })))
                        {
                            yield return value;
                        }
                    }

                    break;
                case TableBlock table:
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.Value is not null))
                    {
                        yield return cell.Value!;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<DocumentBlock> Flatten(DocumentBlock block) => block switch
    {
        GroupBlock group => group.Blocks.SelectMany(Flatten),
        FieldRowBlock row => row.Inputs.SelectMany(Flatten),
        SignatureBlock signature => new DocumentBlock?[] { signature.Name, signature.Role, signature.Date }.OfType<DocumentBlock>(),
        _ => new[] { block },
    };

    /// <summary>
    /// Compared wherever the reader broke a line (all whitespace ignored, see <see cref="PrintedText"/>); hyphens are
    /// ignored too, because pdftotext joins a word broken at a hyphen at the end of a line and drops the hyphen.
    /// </summary>
    private static string IgnoringLineBreakHyphens(string text) => PrintedText.Compact(text).Replace("-", string.Empty, StringComparison.Ordinal);
}
