using System.Text.RegularExpressions;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Packaging.Tests;

public sealed class PackagingTests : IClassFixture<PackageFixture>
{
    private static readonly Regex MaracDiagnostic = new(@"(?<file>[^\s/\\]+\.cs)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>MARAC\d{3})", RegexOptions.Compiled);
    private readonly PackageFixture package;

    public PackagingTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_analyzers_ship_in_the_package_and_not_as_library_references()
    {
        var entries = package.PackageEntries();
        Assert.Contains("analyzers/dotnet/cs/Marac.Forms.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Marac.Forms.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("lib/netstandard2.0/Marac.Forms.dll", entries);
        Assert.Contains("lib/net8.0/Marac.Forms.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marac.Forms", "netstandard2.0", "T:Marac.Forms.MaracReferral")]
    [InlineData("Marac.Forms", "net8.0", "M:Marac.Forms.MaracReferral.Validate(Marac.Forms.ValidationOptions)")]
    [InlineData("Marac.Forms.Word", "netstandard2.0", "T:Marac.Forms.Word.WordRenderer")]
    [InlineData("Marac.Forms.Word", "net8.0", "T:Marac.Forms.Word.WordFormReader")]
    [InlineData("Marac.Forms.Pdf", "netstandard2.0", "T:Marac.Forms.Pdf.PdfRenderer")]
    [InlineData("Marac.Forms.Pdf", "net8.0", "T:Marac.Forms.Pdf.PdfRenderOptions")]
    public void The_XML_documentation_ships_beside_each_library_for_IntelliSense(string packageId, string framework, string member)
    {
        var docs = package.ReadEntry(packageId, $"lib/{framework}/{packageId}.xml");

        Assert.Contains($"<member name=\"{member}\">", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_careless_consumer_gets_the_diagnostics_from_the_package()
    {
        var result = package.BuildConsumer("Careless");
        var found = MaracDiagnostic.Matches(result.Output)
            .Select(m => $"{m.Groups["line"].Value}: {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Lines of Consumers/Careless/Program.cs; .editorconfig raises MARAC001 to an error and turns MARAC006 off.
        Assert.Equal(
            new[]
            {
                "11: error MARAC001",
                "12: warning MARAC002",
                "13: error MARAC003",
                "14: error MARAC005",
            },
            found);
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("MARAC006", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_consumer_builds_without_a_single_diagnostic()
    {
        var result = package.BuildConsumer("Clean");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("MARAC", result.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(warning|error) [A-Z]+\d+", result.Output);
    }

    [ConformanceFact("mono", "qpdf", "pdftotext")]
    public void A_NET_Framework_48_application_runs_under_Mono_with_JSON_validation_Word_and_PDF()
    {
        var build = package.BuildConsumer("NetFramework");
        Assert.True(build.ExitCode == 0, build.Output);
        var folder = package.ConsumerOutput("NetFramework", "net48");

        var (code, output) = ExternalTools.Run("mono", new[] { Path.Combine(folder, "NetFramework.exe") }, TimeSpan.FromMinutes(2), workingDirectory: folder);

        Assert.True(code == 0, output);
        Assert.Contains("json: equal", output, StringComparison.Ordinal);
        Assert.Contains("children: 2", output, StringComparison.Ordinal);
        Assert.Contains("validation: problems at ", output, StringComparison.Ordinal);
        Assert.Contains("word: equal", output, StringComparison.Ordinal);
        var pdf = Path.Combine(folder, "referral.pdf");
        var (check, checkOutput) = ExternalTools.Run("qpdf", new[] { "--check", pdf }, TimeSpan.FromMinutes(1));
        Assert.True(check == 0, checkOutput);
        var (_, text) = ExternalTools.Run("pdftotext", new[] { "-enc", "UTF-8", pdf, "-" }, TimeSpan.FromMinutes(1));
        Assert.True(PrintedText.Contains(text, "Wiśniewska"), text);
        Assert.True(PrintedText.Contains(text, "حداد"), text);
    }

    [Fact]
    public void A_NET_8_application_uses_every_package()
    {
        var build = package.BuildConsumer("EveryPackage");
        Assert.True(build.ExitCode == 0, build.Output);
        var folder = package.ConsumerOutput("EveryPackage", "net8.0");

        var run = DotNet.Run(folder, "EveryPackage.dll", packages: null);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("word: equal", run.Output, StringComparison.Ordinal);
        Assert.Contains("pdf: %PDF-1.7", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_quick_start_and_each_package_README_example_build_against_the_packages_and_the_quick_start_runs()
    {
        var program = ReadmeSnippets.Program(PackageFixture.RepositoryRoot(), PackageFixture.Libraries);
        var build = package.BuildConsumer("ReadmeSnippets", new Dictionary<string, string> { ["Program.cs"] = program });
        Assert.True(build.ExitCode == 0, build.Output + "\n" + program);
        var folder = package.ConsumerOutput("ReadmeSnippets", "net8.0");

        var run = DotNet.Run(folder, "ReadmeSnippets.dll", packages: null);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Read back: Wiśniewska, 1 perpetrator(s)", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-1.7", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(folder, "referral.pdf")), 0, 8), StringComparison.Ordinal);
        Assert.Contains("\"formType\": \"marac-referral\"", File.ReadAllText(Path.Combine(folder, "referral.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Marac.Forms")]
    [InlineData("Marac.Forms.Word")]
    [InlineData("Marac.Forms.Pdf")]
    public void Each_package_has_its_own_README_release_notes_and_repository(string packageId)
    {
        var readme = package.ReadEntry(packageId, "README.md");
        var nuspec = package.ReadEntry(packageId, packageId + ".nuspec");

        Assert.StartsWith("# " + packageId + "\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains($"<releaseNotes>{packageId} {PackageVersionInRepository}: ", nuspec, StringComparison.Ordinal);
        Assert.Contains($"<repository type=\"git\" url=\"{RepositoryUrl}\"", nuspec, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Marac.Forms", "netstandard2.0")]
    [InlineData("Marac.Forms", "net8.0")]
    [InlineData("Marac.Forms.Word", "net8.0")]
    [InlineData("Marac.Forms.Pdf", "netstandard2.0")]
    public void The_symbol_package_maps_the_sources_to_the_public_repository_at_the_commit_built(string packageId, string framework)
    {
        var pdb = package.ReadBytes($"{packageId}.{package.Version}.snupkg", $"lib/{framework}/{packageId}.pdb");

        var sourceLink = SymbolFiles.SourceLinkJson(pdb);

        var commit = Git.HeadCommit(PackageFixture.RepositoryRoot());
        var raw = RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        Assert.Contains($"\"{raw}/{commit}/*\"", sourceLink, StringComparison.Ordinal);
    }

    private static string PackageVersionInRepository { get; } = Regex.Match(
        File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot(), "Directory.Build.props")),
        "<Version>(?<version>[^<]+)</Version>").Groups["version"].Value;

    /// <summary>The address Directory.Build.props gives the project: the one place it is set.</summary>
    private static string RepositoryUrl { get; } = Regex.Match(
        File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot(), "Directory.Build.props")),
        "<MaracRepositoryUrl>(?<url>[^<]+)</MaracRepositoryUrl>").Groups["url"].Value;
}
