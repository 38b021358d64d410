using Marac.Forms.Json;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Cli.Tests;

public class DemoTests : IClassFixture<DemoOutputFixture>
{
    private static readonly string[] Forms = { "referral", "dash", "sharing-without-consent", "disclosure-share-health", "disclosure-do-not-share-housing" };

    private readonly DemoOutputFixture demo;

    public DemoTests(DemoOutputFixture demo) => this.demo = demo;

    [Fact]
    public void Demo_writes_every_form_as_pdf_and_word_and_says_what_it_wrote()
    {
        Assert.Equal(0, demo.Run.ExitCode);
        foreach (var form in Forms)
        {
            foreach (var extension in new[] { ".pdf", ".docx" })
            {
                var path = demo.PathOf(form + extension);
                Assert.True(File.Exists(path), path + " was not written");
                Assert.Contains(path, demo.Run.Out);
            }
        }

        Assert.DoesNotContain("AGPL", demo.Run.Out);
        Assert.DoesNotContain("PDFsharp", demo.Run.Out);
    }

    [ConformanceFact("pdftotext")]
    public void The_referral_pdf_carries_the_victims_name_and_the_marking_on_every_page()
    {
        var referral = (MaracReferral)MaracJson.ReadAny(File.ReadAllText(RepoPaths.Samples("case-complete", "referral.json"))).Form;

        var pages = ExternalTools.PdfPages(demo.PathOf("referral.pdf"));
        var text = string.Join(" ", pages);

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Equal(2, PrintedText.Occurrences(page, "OFFICIAL-SENSITIVE")));
        Assert.True(PrintedText.Contains(text, referral.Victim.Name.FamilyName!));
        Assert.True(PrintedText.Contains(text, referral.Referrer.Name!));
        Assert.True(PrintedText.Contains(text, $"Page {pages.Count} of {pages.Count}"));
    }

    [ConformanceFact("soffice", "pdftotext")]
    public void LibreOffice_opens_every_word_file_and_finds_the_marking()
    {
        var converted = Directory.CreateTempSubdirectory("marac-demo-lo-").FullName;
        try
        {
            ExternalTools.LibreOfficeConvert(Forms.Select(f => demo.PathOf(f + ".docx")), "pdf", converted);

            foreach (var form in Forms)
            {
                var pages = ExternalTools.PdfPages(Path.Combine(converted, form + ".pdf"));
                Assert.All(pages, page => Assert.True(PrintedText.Contains(page, "OFFICIAL-SENSITIVE"), form + " lacks the marking on a page"));
            }
        }
        finally
        {
            Directory.Delete(converted, recursive: true);
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
