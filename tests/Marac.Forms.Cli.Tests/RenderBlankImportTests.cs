using Marac.Forms.DataProtection;
using Marac.Forms.Json;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Cli.Tests;

public class RenderBlankImportTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("marac-render-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Render_of_a_mixed_batch_renders_the_good_files_reports_each_bad_one_and_exits_1()
    {
        var input = Path.Combine(temp, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(RepoPaths.Samples("case-complete")))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(input, "bad-date.json"), File.ReadAllText(Path.Combine(input, "referral.json")).Replace("\"referralDate\": \"2026-", "\"referralDate\": \"2026-13-", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(input, "not-a-form.json"), File.ReadAllText(Path.Combine(input, "dash.json")).Replace("\"dash-checklist\"", "\"shopping-list\"", StringComparison.Ordinal));
        var output = Path.Combine(temp, "out");

        var run = CliRun.Of("render", input, "--format", "pdf,docx", "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "referral.pdf")));
        Assert.True(File.Exists(Path.Combine(output, "dash.docx")));
        Assert.False(File.Exists(Path.Combine(output, "bad-date.pdf")));
        Assert.Contains("bad-date.json: line", run.Error);
        Assert.Contains("referralDate", run.Error);
        Assert.Contains("not-a-form.json", run.Error);
        Assert.Contains("shopping-list", run.Error);
        Assert.Contains("Rendered 5 of 7 input(s)", run.Out);
        Assert.Contains("2 failed, 0 not read", run.Out);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void Redirected_output_has_no_terminal_control_sequences()
    {
        var run = CliRun.Of("render", RepoPaths.Samples("high-risk-score"), "--format", "docx", "--out", Path.Combine(temp, "plain"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[1/2]", run.Out);
        Assert.DoesNotContain('\u001b', run.All);
        Assert.DoesNotContain('\r', run.All.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_refuses_an_unknown_format_as_bad_usage()
    {
        var run = CliRun.Of("render", RepoPaths.Samples("high-risk-score"), "--format", "odt", "--out", temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'odt' is not a format", run.Error);
    }

    [ConformanceFact("pdftotext")]
    public void Render_with_a_marking_and_a_variant_prints_them()
    {
        var output = Path.Combine(temp, "scot");

        var run = CliRun.Of("render", RepoPaths.Samples("case-complete", "dash.json"), "--format", "pdf", "--out", output,
            "--variant", Path.Combine(RepoPaths.Root, "forms", "variants", "scotland.json"), "--marking", "RESTRICTED WHEN COMPLETE");

        Assert.Equal(0, run.ExitCode);
        var pages = ExternalTools.PdfPages(Path.Combine(output, "dash.pdf"));
        Assert.All(pages, page => Assert.True(PrintedText.Contains(page, "RESTRICTED WHEN COMPLETE")));
        Assert.True(PrintedText.Contains(string.Join(" ", pages), "child-protection"));
    }

    [ConformanceFact("qpdf")]
    public void Render_with_a_password_file_encrypts_the_pdf()
    {
        var passwords = Path.Combine(temp, "passwords.txt");
        File.WriteAllLines(passwords, new[] { "open-sesame-7", "owner-only-9" });
        var output = Path.Combine(temp, "locked");

        var run = CliRun.Of("render", RepoPaths.Samples("case-complete", "referral.json"), "--format", "pdf", "--out", output, "--password-file", passwords);

        Assert.Equal(0, run.ExitCode);
        var pdf = Path.Combine(output, "referral.pdf");
        var (requiresPassword, _) = ExternalTools.Run("qpdf", new[] { "--requires-password", pdf }, TimeSpan.FromMinutes(1));
        var (wrongCode, _) = ExternalTools.Run("qpdf", new[] { "--password=guess", "--check", pdf }, TimeSpan.FromMinutes(1));
        var (code, withPassword) = ExternalTools.Run("qpdf", new[] { "--password=open-sesame-7", "--show-encryption", pdf }, TimeSpan.FromMinutes(1));
        Assert.Equal(0, requiresPassword);
        Assert.NotEqual(0, wrongCode);
        Assert.Equal(0, code);
        Assert.Contains("AESv3", withPassword);
    }

    [Theory]
    [InlineData("referral", "blank-marac-referral")]
    [InlineData("dash", "blank-dash-checklist")]
    [InlineData("sharing-without-consent", "blank-sharing-without-consent")]
    [InlineData("disclosure", "blank-disclosure-decision")]
    public void Blank_writes_each_form_in_both_formats(string form, string fileName)
    {
        var pdf = CliRun.Of("blank", form, "--format", "pdf", "--out", temp);
        var docx = CliRun.Of("blank", form, "--format", "docx", "--out", temp);

        Assert.Equal(0, pdf.ExitCode);
        Assert.Equal(0, docx.ExitCode);
        Assert.True(new FileInfo(Path.Combine(temp, fileName + ".pdf")).Length > 1000);
        Assert.True(new FileInfo(Path.Combine(temp, fileName + ".docx")).Length > 1000);
    }

    [ConformanceFact("pdftotext")]
    public void A_blank_dash_lists_all_24_questions_with_tick_boxes()
    {
        Assert.Equal(0, CliRun.Of("blank", "dash", "--format", "pdf", "--out", temp).ExitCode);

        var text = string.Join(" ", ExternalTools.PdfPages(Path.Combine(temp, "blank-dash-checklist.pdf")));

        Assert.True(PrintedText.Contains(text, "strangle"));
        Assert.True(PrintedText.Contains(text, "Don't know"));
        Assert.True(PrintedText.Contains(text, "OFFICIAL-SENSITIVE"));
    }

    [Fact]
    public void Blank_rejects_an_unknown_form_as_bad_usage()
    {
        var run = CliRun.Of("blank", "shopping-list", "--out", temp);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Import_reads_a_rendered_word_form_back_into_an_equal_record()
    {
        var source = RepoPaths.Samples("case-complete", "referral.json");
        Assert.Equal(0, CliRun.Of("render", source, "--format", "docx", "--out", temp).ExitCode);
        var json = Path.Combine(temp, "imported.json");

        var run = CliRun.Of("import", Path.Combine(temp, "referral.docx"), "--out", json, "--article6", "publicTask",
            "--reasons", "Coordinator keeps the referral for the MARAC meeting.", "--extent", "The whole referral.", "--permitted-use", "MARAC case management only.");

        Assert.Equal(0, run.ExitCode);
        var original = MaracJson.Read<MaracReferral>(File.ReadAllText(source)).Form;
        var imported = MaracJson.Read<MaracReferral>(File.ReadAllText(json));
        Assert.Equal(original, imported.Form);
        Assert.Equal("MARAC case management only.", imported.LawfulBasis.PermittedUse);
        Assert.Equal(Article6Basis.PublicTask, imported.LawfulBasis.Article6);
    }

    [Fact]
    public void Import_needs_the_lawful_basis_and_refuses_a_file_that_is_not_a_form()
    {
        var notDocx = Path.Combine(temp, "notes.docx");
        File.WriteAllText(notDocx, "not a word document");

        var withoutBasis = CliRun.Of("import", notDocx);
        var withoutArticle6 = CliRun.Of("import", notDocx, "--reasons", "r", "--extent", "e", "--permitted-use", "u");
        var notAForm = CliRun.Of("import", notDocx, "--article6", "vitalInterests", "--reasons", "r", "--extent", "e", "--permitted-use", "u");

        Assert.Equal(2, withoutBasis.ExitCode);
        Assert.Equal(2, withoutArticle6.ExitCode);
        Assert.Contains("--article6", withoutArticle6.All);
        Assert.Equal(1, notAForm.ExitCode);
        Assert.Contains("not a Word document", notAForm.Error);
        Assert.DoesNotContain("   at ", withoutBasis.All + withoutArticle6.All + notAForm.All);
    }
}
