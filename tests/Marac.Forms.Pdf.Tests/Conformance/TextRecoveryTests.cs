using System.Globalization;
using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Reads rendered PDFs back with poppler's pdftotext: nothing lost, furniture on every page.</summary>
public sealed class TextRecoveryTests : IClassFixture<RenderedSamples>
{
    private readonly RenderedSamples _samples;

    public TextRecoveryTests(RenderedSamples samples) => _samples = samples;

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Every_populated_value_of_the_referral_is_recovered()
    {
        AssertAllValuesRecovered(_samples.Referral);
        Assert.True(DocumentValues.Populated(_samples.Referral.Document).Count() > 80);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void A_50000_character_comment_flows_over_several_pages_and_is_recovered_whole()
    {
        RenderedPdf pdf = _samples.LongComment;
        Assert.True(pdf.Pages.Length >= 10, $"Expected the comment to need many pages, got {pdf.Pages.Length}.");
        string comment = SampleDocuments.LongComment(50_000);
        Assert.Contains(ExtractedText.Normalise(comment), pdf.NormalisedBody(), StringComparison.Ordinal);
        AssertAllValuesRecovered(pdf);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Twelve_children_flow_over_two_pages_with_the_header_repeated()
    {
        RenderedPdf pdf = _samples.Referral;
        int[] pagesWithChildren = Enumerable.Range(0, pdf.Pages.Length)
            .Where(p => pdf.Pages[p].Contains("Ieuan", StringComparison.Ordinal) || pdf.Pages[p].Contains("Maja", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(2, pagesWithChildren.Length);
        foreach (int page in pagesWithChildren)
        {
            Assert.Contains("School or nursery", pdf.Pages[page], StringComparison.Ordinal);
        }

        string body = pdf.NormalisedBody();
        foreach (var (path, value) in DocumentValues.Populated(pdf.Document).Where(v => v.Path.StartsWith("children[", StringComparison.Ordinal)))
        {
            Assert.True(body.Contains(ExtractedText.Normalise(value), StringComparison.Ordinal), path + " = " + value);
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Names_in_every_supported_script_are_recovered_exactly()
    {
        string[] lines = string.Concat(_samples.Referral.Pages).Split('\n').Select(l => l.Trim()).ToArray();
        foreach (string name in FictionalPeople.Names)
        {
            Assert.Contains(lines, l => l.EndsWith(name, StringComparison.Ordinal));
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Every_page_carries_the_marking_twice_the_form_name_and_version_page_n_of_m_and_the_review_date()
    {
        foreach (RenderedPdf pdf in _samples.All)
        {
            int count = pdf.Pages.Length;
            for (int p = 0; p < count; p++)
            {
                string page = pdf.Pages[p];
                int markings = page.Split(pdf.Document.Marking).Length - 1;
                Assert.True(markings >= 2, $"Page {p + 1} shows the marking {markings} time(s).");
                Assert.Contains(pdf.Document.FooterText, page, StringComparison.Ordinal);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {p + 1} of {count}"), page, StringComparison.Ordinal);
                if (pdf.Document.ReviewNotice is { } notice)
                {
                    Assert.Contains(notice, page, StringComparison.Ordinal);
                }
            }
        }
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void A_blank_form_prints_labels_options_and_table_headers_with_writing_space()
    {
        RenderedPdf pdf = _samples.Blank;
        string text = string.Concat(pdf.Pages);
        Assert.Contains("Given names", text, StringComparison.Ordinal);
        Assert.Contains("\u2610 Yes", text, StringComparison.Ordinal);
        Assert.Contains("\u2610 Don't know", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2612", text, StringComparison.Ordinal);
        Assert.Contains("RESTRICTED WHEN COMPLETE", text, StringComparison.Ordinal);
    }

    private static void AssertAllValuesRecovered(RenderedPdf pdf)
    {
        string body = pdf.NormalisedBody();
        var missing = DocumentValues.Populated(pdf.Document)
            .Where(v => !body.Contains(ExtractedText.Normalise(v.Printed), StringComparison.Ordinal))
            .Select(v => v.Path + " = " + v.Printed[..Math.Min(60, v.Printed.Length)])
            .ToList();
        Assert.True(missing.Count == 0, "Not found in pdftotext output: " + string.Join("; ", missing));
    }
}
