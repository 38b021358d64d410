namespace Marac.Forms.Cli.Tests;

/// <summary><c>marac-forms batch</c>: case folders rendered as packs, each dated from its own referral.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("marac-batch-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Each_case_is_dated_from_its_own_referral_and_keeps_its_folder()
    {
        var cases = Cases(("north", "case-complete"), ("south", "repeat-referral"));
        var output = Path.Combine(temp, "out");

        var run = CliRun.Of("batch", cases, "--format", "docx", "--out", output);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("north: 5 of 5 form(s) rendered, 0 failed, 0 with validation problems; review lines dated from the referral of 20/10/2026.", run.Out);
        Assert.Contains("south: 2 of 2 form(s) rendered, 0 failed, 0 with validation problems; review lines dated from the referral of 24/09/2026.", run.Out);
        Assert.Contains("Batch: 2 case(s), 7 of 7 input(s) rendered", run.Out);
        Assert.Contains("Review or dispose of by 20/10/2027: 12 months after the referral to MARAC on 20/10/2026", DocxText.Footers(Path.Combine(output, "north", "sharing-without-consent.docx")));
        Assert.Contains("Review or dispose of by 24/09/2027: 12 months after the referral to MARAC on 24/09/2026", DocxText.Footers(Path.Combine(output, "south", "dash.docx")));
    }

    [Fact]
    public void A_referral_is_checked_against_the_Dash_of_its_case()
    {
        var cases = Cases(("west", "repeat-referral"));
        var referral = Path.Combine(cases, "west", "referral.json");
        File.WriteAllText(referral, File.ReadAllText(referral).Replace("\"dashScore\": 10", "\"dashScore\": 3", StringComparison.Ordinal));

        var run = CliRun.Of("batch", cases, "--format", "docx", "--out", Path.Combine(temp, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("west: 2 of 2 form(s) rendered, 0 failed, 1 with validation problems", run.Out);
        Assert.Contains(referral + ": written, but the form has 1 validation problem(s)", run.Error);
    }

    [Fact]
    public void A_folder_with_two_referrals_is_not_dated_from_either_and_says_why()
    {
        var cases = Cases(("mixed", "repeat-referral"));
        File.Copy(RepoPaths.Samples("high-risk-score", "referral.json"), Path.Combine(cases, "mixed", "second-referral.json"));
        var output = Path.Combine(temp, "out");

        var run = CliRun.Of("batch", cases, "--format", "docx", "--out", output);

        Assert.Contains("mixed: 3 of 3 form(s) rendered", run.Out);
        Assert.Contains("2 referrals in one folder, so review lines are printed without a date; give each case a folder of its own", run.Out);
        Assert.Contains("the referral date is not on this form", DocxText.Footers(Path.Combine(output, "mixed", "dash.docx")));
    }

    [Fact]
    public void A_file_or_a_missing_folder_is_reported_and_counted_and_the_rest_is_rendered()
    {
        var cases = Cases(("east", "repeat-referral"));
        var file = RepoPaths.Samples("case-complete", "dash.json");
        var missing = Path.Combine(temp, "no-such-folder");

        var run = CliRun.Of("batch", cases, file, missing, "--format", "docx", "--out", Path.Combine(temp, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(file + ": batch takes folders of cases; render a single file with 'marac-forms render'.", run.Error);
        Assert.Contains(missing + ": no such folder.", run.Error);
        Assert.Contains("Batch: 1 case(s), 2 of 4 input(s) rendered", run.Out);
        Assert.Contains("2 not read", run.Out);
    }

    /// <summary>Copies sample case folders under new names into one folder of cases.</summary>
    private string Cases(params (string Name, string Sample)[] cases)
    {
        var root = Path.Combine(temp, "cases");
        foreach (var (name, sample) in cases)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            foreach (var json in Directory.GetFiles(Path.GetDirectoryName(RepoPaths.Samples(sample, "referral.json"))!, "*.json"))
            {
                File.Copy(json, Path.Combine(folder, Path.GetFileName(json)));
            }
        }

        return root;
    }
}
