using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Marac.Forms.Analyzers.Performance;

/// <summary>
/// Writes a generated project to disk and builds it with the real SDK and
/// <c>-p:ReportAnalyzer=true</c>: the compiler itself reports each analyzer assembly's time, and
/// the build's performance summary gives the time of the whole compiler task.
/// </summary>
internal static class RealBuild
{
    private static readonly Regex CscTask = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
    /// <summary>The line of a <c>/reportanalyzer</c> report that gives Marac.Forms.Analyzers' time in seconds.</summary>
    internal static readonly Regex AnalyzerAssembly = new(@"^\s*(?<seconds>[\d.,<]+)\s+(?<percent>[\d<]+)\s+Marac\.Forms\.Analyzers, Version", RegexOptions.Multiline);
    private static readonly Regex EachAnalyzer = new(@"^\s*(?<seconds>[\d.,<]+)\s+(?<percent>[\d<]+)\s+Marac\.Forms\.Analyzers\.(?<name>\w+Analyzer)\b", RegexOptions.Multiline);
    private static readonly Regex Finding = new(@"(?<where>[^\s>]+\.cs\(\d+,\d+\)): warning (?<id>MARAC\d{3}): (?<message>.*?)(?: \[[^\]]*\])?\r?$", RegexOptions.Multiline);

    /// <summary>
    /// Rebuilds <paramref name="rebuilds"/> times without the analyzers and once with each of
    /// <paramref name="analyzerPaths"/> (builds of the analyzers to compare), interleaved.
    /// </summary>
    public static IReadOnlyList<BuildTimes> Measure(IReadOnlyList<string> files, IEnumerable<string> referencePaths, IReadOnlyList<string> analyzerPaths, int rebuilds)
    {
        var directory = Directory.CreateTempSubdirectory("marac-analyzer-perf-").FullName;
        try
        {
            WriteProject(directory, files, referencePaths, analyzerPaths[0]);
            Run(directory, "build -c Release -nodeReuse:false -p:UseSharedCompilation=false");
            var results = new List<BuildTimes>();
            for (var i = 0; i < rebuilds; i++)
            {
                // Interleaved, so a change in the machine's load touches both builds of a pair alike.
                var without = Run(directory, "build -c Release --no-restore -t:Rebuild -nodeReuse:false -p:UseSharedCompilation=false -p:WithMarac=false -v:n -clp:PerformanceSummary");
                var cscWithout = CscTask.Match(without);
                if (!cscWithout.Success)
                {
                    throw new InvalidOperationException("Could not read the compiler time from the build output.");
                }

                // The order rotates from round to round, so each build of the analyzers takes each place in turn.
                var with = new AnalyzerBuild[analyzerPaths.Count];
                for (var n = 0; n < analyzerPaths.Count; n++)
                {
                    var index = (n + i) % analyzerPaths.Count;
                    var analyzerPath = analyzerPaths[index];
                    var output = Run(directory, $"build -c Release --no-restore -t:Rebuild -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true \"-p:MaracAnalyzerPath={analyzerPath}\" -v:d -clp:PerformanceSummary");
                    var csc = CscTask.Match(output);
                    var ours = AnalyzerAssembly.Match(output);
                    if (!csc.Success || !ours.Success)
                    {
                        throw new InvalidOperationException("Could not read the compiler or analyzer time from the build output.");
                    }

                    with[index] = new AnalyzerBuild(
                        double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture),
                        Milliseconds(ours),
                        Findings(output),
                        EachAnalyzer.Matches(output).ToDictionary(m => m.Groups["name"].Value, Milliseconds));
                }

                results.Add(new BuildTimes(double.Parse(cscWithout.Groups["ms"].Value, CultureInfo.InvariantCulture), with));
            }

            return results;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Writes the generated project, built with the analyzers at <paramref name="analyzerPath"/> unless
    /// <c>-p:WithMarac=false</c> is given, and an .editorconfig that keeps every MARAC rule on.
    /// </summary>
    public static void WriteProject(string directory, IReadOnlyList<string> files, IEnumerable<string> referencePaths, string analyzerPath)
    {
        for (var i = 0; i < files.Count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"Module{i}.cs"), files[i]);
        }

        var references = string.Join(Environment.NewLine, referencePaths.Select(p =>
            $"    <Reference Include=\"{Path.GetFileNameWithoutExtension(p)}\"><HintPath>{p}</HintPath></Reference>"));
        File.WriteAllText(Path.Combine(directory, "Generated.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <MaracAnalyzerPath Condition="'$(MaracAnalyzerPath)' == ''">{analyzerPath}</MaracAnalyzerPath>
              </PropertyGroup>
              <ItemGroup>
            {references}
                <Analyzer Include="$(MaracAnalyzerPath)" Condition="'$(WithMarac)' != 'false'" />
              </ItemGroup>
            </Project>
            """);

        // The findings must stay enabled: the compiler skips an analyzer whose rules are all suppressed.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), string.Join(Environment.NewLine,
            new[] { "root = true", "[*.cs]" }.Concat(Enumerable.Range(1, 6).Select(n => $"dotnet_diagnostic.MARAC00{n}.severity = warning"))));
    }

    /// <summary>A compiler-reported time in seconds (a line of -p:ReportAnalyzer output; "<0.001" counts as 0.001), in milliseconds.</summary>
    internal static double Milliseconds(Match reported) =>
        1000 * double.Parse(reported.Groups["seconds"].Value.Replace("<", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>Our findings by rule; the build prints each warning twice (as it happens and in the summary), so lines are counted once.</summary>
    private static IReadOnlyDictionary<string, int> Findings(string output) =>
        Finding.Matches(output).Select(m => (m.Groups["id"].Value, m.Groups["where"].Value, m.Groups["message"].Value)).Distinct()
            .GroupBy(f => f.Item1).ToDictionary(g => g.Key, g => g.Count());

    internal static string Run(string directory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed:\n{stdout}\n{stderr.Result}");
        }

        return stdout;
    }
}

/// <summary>One round of rebuilds: the compiler task without our analyzers, then with each build of them compared.</summary>
internal sealed record BuildTimes(double CompilerWithoutMs, IReadOnlyList<AnalyzerBuild> With);

/// <summary>One rebuild with our analyzers: the compiler task's time, what the compiler reported for them (in all and each), and their findings by rule.</summary>
internal sealed record AnalyzerBuild(double CompilerMs, double ReportedAnalyzerMs, IReadOnlyDictionary<string, int> Findings, IReadOnlyDictionary<string, double> ReportedPerAnalyzerMs);
