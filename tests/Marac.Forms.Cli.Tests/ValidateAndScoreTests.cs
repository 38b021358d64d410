namespace Marac.Forms.Cli.Tests;

public class ValidateAndScoreTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("marac-cli-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Validate_accepts_every_sample_file()
    {
        var files = Directory.GetFiles(RepoPaths.Samples(), "*.json", SearchOption.AllDirectories);

        var run = CliRun.Of(new[] { "validate" }.Concat(files).ToArray());

        Assert.True(files.Length >= 8, $"only {files.Length} sample files");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{files.Length} file(s) checked, all valid.", run.Out);
    }

    [Fact]
    public void Validate_lists_problems_with_paths_and_exits_1()
    {
        var path = Path.Combine(temp, "dash.json");
        var text = File.ReadAllText(RepoPaths.Samples("case-complete", "dash.json"));
        File.WriteAllText(path, text.Replace("\"completedOn\": \"", "\"completedOn\": \"2999-01-01\", \"unusedBefore\": \"", StringComparison.Ordinal));
        var bad = Path.Combine(temp, "broken.json");
        File.WriteAllText(bad, "{ \"formType\": \"dash-checklist\", ");

        var run = CliRun.Of("validate", path, bad, Path.Combine(temp, "missing.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad, run.Error);
        Assert.Contains("missing.json: no such file or folder.", run.Error);
        Assert.Contains("3 file(s) checked, 3 with problems.", run.Out);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void Score_prints_the_score_and_criteria_with_reasons()
    {
        var run = CliRun.Of("score", RepoPaths.Samples("case-complete", "dash.json"), "--referral", RepoPaths.Samples("case-complete", "referral.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Dash score: \d+ of 24", run.Out);
        Assert.Contains("Visible high risk", run.Out);
        Assert.Contains("Repeat", run.Out);
        Assert.DoesNotContain("not assessed", run.Out);
    }

    [Fact]
    public void Score_without_the_referral_says_which_criteria_it_cannot_assess()
    {
        var run = CliRun.Of("score", RepoPaths.Samples("case-complete", "dash.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not assessed", run.Out);
        Assert.Contains("--referral FILE", run.Out);
    }

    [Fact]
    public void Score_of_a_referral_file_is_refused_plainly()
    {
        var run = CliRun.Of("score", RepoPaths.Samples("case-complete", "referral.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("expected a dash-checklist file", run.Error);
    }

    [Fact]
    public void Bad_usage_exits_2_without_a_stack_trace()
    {
        var unknown = CliRun.Of("frobnicate");
        var missing = CliRun.Of("score");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--help", unknown.Error);
        Assert.DoesNotContain("   at ", unknown.All + missing.All);
    }

    [Fact]
    public void Demo_prints_the_sample_case_score_and_criteria()
    {
        var run = CliRun.Of("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Built-in fictional sample case", run.Out);
        Assert.Matches(@"Dash score: \d+ of 24", run.Out);
        Assert.Contains("Meets the threshold for a MARAC referral.", run.Out);
    }
}
