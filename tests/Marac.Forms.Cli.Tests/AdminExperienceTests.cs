using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Marac.Forms.Cli.Tests;

/// <summary>What an admin meets at the command line: plain messages naming the option or field, counts that add up, errors on the error output.</summary>
public sealed class AdminExperienceTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("marac-admin-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("publicTaskk")]
    public void Import_takes_the_Article_6_basis_by_name_only(string value)
    {
        var run = CliRun.Of("import", RenderedReferralDocx(), "--article6", value, "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", Path.Combine(temp, "x.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--article6: '" + value + "' is not one of the names", run.Error);
        Assert.Contains("publicTask", run.Error);
        Assert.False(File.Exists(Path.Combine(temp, "x.json")));
        AssertNoDotNetInternals(run);
    }

    [Theory]
    [InlineData("publicTask")]
    [InlineData("PublicTask")]
    public void Import_accepts_the_name_in_either_case_and_creates_the_output_folder(string value)
    {
        var json = Path.Combine(temp, "new-folder", "deeper", "x.json");

        var run = CliRun.Of("import", RenderedReferralDocx(), "--article6", value, "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", json);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(json));
    }

    [Fact]
    public void A_number_that_is_not_a_number_is_named_plainly()
    {
        var run = CliRun.Of("score", RepoPaths.Samples("case-complete", "dash.json"), "--escalation-threshold", "three");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--escalation-threshold: 'three' is not a whole number", run.Error);
        AssertNoDotNetInternals(run);
    }

    [Fact]
    public void A_password_file_with_the_same_password_twice_is_refused_plainly()
    {
        var passwords = Path.Combine(temp, "same.txt");
        File.WriteAllLines(passwords, new[] { "open-sesame-7", "open-sesame-7" });

        var run = CliRun.Of("render", RepoPaths.Samples("case-complete", "dash.json"), "--format", "pdf", "--out", temp, "--password-file", passwords);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the two passwords are the same", run.Error);
        AssertNoDotNetInternals(run);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("import", "--help")]
    [InlineData("render", "--help")]
    [InlineData("blank", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("score", "--help")]
    [InlineData("demo", "--help")]
    public void Help_fits_an_80_column_terminal(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        var tooWide = run.Out.Split('\n').Select(line => line.TrimEnd('\r', ' ')).Where(line => line.Length > 80).ToList();
        Assert.True(tooWide.Count == 0, "Wider than 80 columns:\n" + string.Join("\n", tooWide));
        Assert.DoesNotContain("Article6Basis", run.Out);
    }

    [Fact]
    public void Validate_accepts_a_folder()
    {
        var run = CliRun.Of("validate", RepoPaths.Samples("case-complete"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 file(s) checked, all valid.", run.Out);
    }

    [Fact]
    public void Render_writes_an_invalid_form_as_a_draft_and_says_which_file_has_problems()
    {
        var draft = Path.Combine(temp, "draft.json");
        File.WriteAllText(draft, File.ReadAllText(RepoPaths.Samples("case-complete", "dash.json")).Replace("\"completedOn\": \"", "\"completedOn\": \"2999-01-01\", \"unused\": \"", StringComparison.Ordinal).Replace(", \"unused\": \"2026-10-19\"", string.Empty, StringComparison.Ordinal));
        var output = Path.Combine(temp, "out");

        var run = CliRun.Of("render", draft, "--format", "docx", "--out", output);

        Assert.True(File.Exists(Path.Combine(output, "draft.docx")));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("draft.json: written, but the form has", run.Error);
        Assert.Contains("1 with validation problems", run.Out);
    }

    [Fact]
    public void Render_counts_every_input_given_and_sends_problems_to_the_error_output()
    {
        var clash = Path.Combine(temp, "clash");
        Directory.CreateDirectory(clash);
        File.Copy(RepoPaths.Samples("case-complete", "dash.json"), Path.Combine(clash, "dash.json"));

        var run = CliRun.Of("render", RepoPaths.Samples("case-complete", "dash.json"), Path.Combine(clash, "dash.json"), Path.Combine(temp, "missing.json"), "--format", "docx", "--out", Path.Combine(temp, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Rendered 1 of 3 input(s)", run.Out);
        Assert.Contains("0 failed, 2 not read", run.Out);
        Assert.Contains("is already used by", run.Error);
        Assert.Contains("missing.json: no such file or folder.", run.Error);
        Assert.DoesNotContain("already used", run.Out);
    }

    [Theory]
    [InlineData("dash", "blank-dash-checklist")]
    [InlineData("dash-checklist", "blank-dash-checklist")]
    [InlineData("marac-referral", "blank-marac-referral")]
    [InlineData("disclosure-decision", "blank-disclosure-decision")]
    public void Blank_takes_the_short_name_or_the_forms_id(string name, string file)
    {
        var run = CliRun.Of("blank", name, "--format", "docx", "--out", temp);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp, file + ".docx")));
    }

    [Fact]
    public void Demo_lists_the_forms_in_the_order_a_case_is_worked()
    {
        var run = CliRun.Of("demo", "--out", temp);

        var order = new[] { "marac-referral", "dash-checklist", "sharing-without-consent", "disclosure-decision" }
            .Select(name => run.Out.IndexOf("  " + name, StringComparison.Ordinal)).ToArray();
        Assert.All(order, at => Assert.True(at >= 0));
        Assert.Equal(order.OrderBy(at => at), order);
    }

    [Fact]
    public void Demo_and_render_print_one_review_rule_counted_from_the_referral()
    {
        const string FromReferral = "Review or dispose of by 20/10/2027: 12 months after the referral to MARAC on 20/10/2026";
        var demo = Path.Combine(temp, "demo");
        Assert.Equal(0, CliRun.Of("demo", "--out", demo).ExitCode);
        foreach (var docx in Directory.GetFiles(demo, "*.docx"))
        {
            Assert.Contains(FromReferral, DocxText.Footers(docx));
        }

        var rendered = Path.Combine(temp, "render");
        var withDate = Path.Combine(temp, "render-dated");
        Assert.Equal(0, CliRun.Of("render", RepoPaths.Samples("case-complete"), "--format", "docx", "--out", rendered).ExitCode);
        Assert.Equal(0, CliRun.Of("render", RepoPaths.Samples("case-complete"), "--format", "docx", "--out", withDate, "--referral-date", "2026-10-20").ExitCode);

        Assert.Contains(FromReferral, DocxText.Footers(Path.Combine(rendered, "referral.docx")));
        foreach (var other in new[] { "dash", "sharing-without-consent", "disclosure-share-health", "disclosure-do-not-share-housing" })
        {
            Assert.Contains("Review or dispose of 12 months after the referral to MARAC (the referral date is not on this form)", DocxText.Footers(Path.Combine(rendered, other + ".docx")));
            Assert.Contains(FromReferral, DocxText.Footers(Path.Combine(withDate, other + ".docx")));
        }
    }

    [Fact]
    public void A_bad_referral_date_is_bad_usage()
    {
        var run = CliRun.Of("render", RepoPaths.Samples("case-complete", "dash.json"), "--referral-date", "20/10/2026", "--out", temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--referral-date: '20/10/2026' is not a date written as YYYY-MM-DD", run.Error);
    }

    [Fact]
    public void An_oversized_file_in_a_folder_is_reported_by_name_and_the_batch_goes_on()
    {
        var input = Path.Combine(temp, "in");
        Directory.CreateDirectory(input);
        File.Copy(RepoPaths.Samples("case-complete", "dash.json"), Path.Combine(input, "dash.json"));
        using (var huge = File.CreateText(Path.Combine(input, "huge.json")))
        {
            huge.Write("{ \"formType\": \"dash-checklist\", \"formVersion\": \"1.0\", \"form\": { \"victimNameOrCode\": \"");
            huge.Write(new string('x', 70 * 1024 * 1024));
            huge.Write("\" } }");
        }

        var run = CliRun.Of("render", input, "--format", "docx", "--out", Path.Combine(temp, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp, "out", "dash.docx")));
        Assert.Contains("huge.json", run.Error);
        Assert.Contains("larger than 64 MB", run.Error);
        Assert.Contains("Rendered 1 of 2 input(s)", run.Out);
        Assert.DoesNotContain("One or more errors", run.All);
        AssertNoDotNetInternals(run);
    }

    [Fact]
    public void Folder_discovery_stops_at_link_loops_and_links_out_of_the_folder_and_reads_any_letter_case()
    {
        var input = Path.Combine(temp, "in");
        var outside = Path.Combine(temp, "outside");
        Directory.CreateDirectory(Path.Combine(input, "sub"));
        Directory.CreateDirectory(outside);
        File.Copy(RepoPaths.Samples("case-complete", "dash.json"), Path.Combine(input, "sub", "UPPER.JSON"));
        File.Copy(RepoPaths.Samples("case-complete", "referral.json"), Path.Combine(outside, "elsewhere.json"));
        Directory.CreateSymbolicLink(Path.Combine(input, "sub", "loop"), input);
        Directory.CreateSymbolicLink(Path.Combine(input, "away"), outside);
        File.CreateSymbolicLink(Path.Combine(input, "linked.json"), Path.Combine(outside, "elsewhere.json"));

        var run = CliRun.Of("render", input, "--format", "docx", "--out", Path.Combine(temp, "out"));

        var written = Directory.GetFiles(Path.Combine(temp, "out"), "*.docx", SearchOption.AllDirectories);
        Assert.Single(written);
        Assert.EndsWith(Path.Combine("sub", "UPPER.docx"), written[0], StringComparison.Ordinal);
        Assert.Contains("loop: skipped; it links back to a folder already read", run.Error);
        Assert.Contains("away: skipped; it links to", run.Error);
        Assert.Contains("linked.json: skipped; it links to", run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_character_no_form_can_hold_is_reported_by_validate_and_render_with_its_field()
    {
        var path = Path.Combine(temp, "control.json");
        File.WriteAllText(path, File.ReadAllText(RepoPaths.Samples("case-complete", "dash.json")).Replace("\"victimNameOrCode\": \"", "\"victimNameOrCode\": \"\\u000B", StringComparison.Ordinal));

        var validate = CliRun.Of("validate", path);
        var render = CliRun.Of("render", path, "--format", "docx", "--out", Path.Combine(temp, "out"));

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("victimNameOrCode: contains U+000B (a vertical tab)", validate.Out);
        Assert.Equal(1, render.ExitCode);
        Assert.Contains("victimNameOrCode contains U+000B (a vertical tab)", render.Error);
        Assert.False(File.Exists(Path.Combine(temp, "out", "control.docx")));
    }

    [Fact]
    public void Import_of_a_zip_bomb_is_refused_plainly()
    {
        var bomb = Path.Combine(temp, "bomb.docx");
        File.Copy(RenderedReferralDocx(), bomb);
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            part.Write(new byte[64 * 1024 * 1024]);
        }

        var run = CliRun.Of("import", bomb, "--article6", "publicTask", "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", Path.Combine(temp, "bomb.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the file is refused: its part 'word/document.xml' expands", run.Error);
        Assert.False(File.Exists(Path.Combine(temp, "bomb.json")));
        AssertNoDotNetInternals(run);
    }

    [Fact]
    public void Validate_checks_a_referral_against_the_Dash_checklist_in_its_folder()
    {
        var alone = Path.Combine(temp, "alone");
        var withDash = Path.Combine(temp, "with-dash");
        Directory.CreateDirectory(alone);
        Directory.CreateDirectory(withDash);
        var referral = File.ReadAllText(RepoPaths.Samples("case-complete", "referral.json")).Replace("\"dashScore\": 16", "\"dashScore\": 15", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(alone, "referral.json"), referral);
        File.WriteAllText(Path.Combine(withDash, "referral.json"), referral);
        File.Copy(RepoPaths.Samples("case-complete", "dash.json"), Path.Combine(withDash, "dash.json"));

        var runAlone = CliRun.Of("validate", alone);
        var runWithDash = CliRun.Of("validate", withDash);

        Assert.Equal(0, runAlone.ExitCode);
        Assert.Equal(1, runWithDash.ExitCode);
        Assert.Contains("checked with the Dash checklist in the same folder", runWithDash.Out);
        Assert.Contains("reasons.dashScore", runWithDash.Out);
    }

    [Fact]
    public void Validate_prints_warnings_beside_the_problems()
    {
        var path = Path.Combine(temp, "decision.json");
        var file = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.Samples("case-complete", "disclosure-share-health.json")))!;
        file["form"]!["lawfulBasis"] = System.Text.Json.Nodes.JsonNode.Parse("""
            { "regime": "ukGdpr", "article6": "legitimateInterests", "article10": "safeguardingChildrenAndIndividualsAtRisk",
              "reasons": "r", "extent": "e", "permittedUse": "u" }
            """);
        File.WriteAllText(path, file.ToJsonString());

        var run = CliRun.Of("validate", path);

        Assert.Contains("  warning: lawfulBasis.article6:", run.Out);
    }

    [Fact]
    public void Import_records_a_law_enforcement_basis_under_Part_3_or_refuses_two_bases()
    {
        var json = Path.Combine(temp, "part3.json");

        var part3 = CliRun.Of("import", RenderedReferralDocx(), "--section35", "necessaryForLawEnforcementTask", "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", json);
        var both = CliRun.Of("import", RenderedReferralDocx(), "--article6", "publicTask", "--section35", "consent", "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", Path.Combine(temp, "both.json"));
        var neither = CliRun.Of("import", RenderedReferralDocx(), "--reasons", "r", "--extent", "e", "--permitted-use", "u", "--out", Path.Combine(temp, "neither.json"));

        Assert.Equal(0, part3.ExitCode);
        var basis = Marac.Forms.Json.MaracJson.Read<MaracReferral>(File.ReadAllText(json)).LawfulBasis;
        Assert.Equal(Marac.Forms.DataProtection.ProcessingRegime.LawEnforcement, basis.Regime);
        Assert.Equal(Marac.Forms.DataProtection.LawEnforcementBasis.NecessaryForLawEnforcementTask, basis.Section35);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("either --article6 (UK GDPR) or --section35", neither.Error);
    }

    private string RenderedReferralDocx()
    {
        var path = Path.Combine(temp, "referral.docx");
        if (!File.Exists(path))
        {
            Assert.Equal(0, CliRun.Of("render", RepoPaths.Samples("case-complete", "referral.json"), "--format", "docx", "--out", temp).ExitCode);
        }

        return path;
    }

    private static void AssertNoDotNetInternals(CliRun run)
    {
        Assert.DoesNotContain("System.", run.All);
        Assert.DoesNotContain("Marac.Forms.", run.All);
        Assert.DoesNotContain("(Parameter", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }
}
