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
    private static readonly Regex AnalyzerAssembly = new(@"^\s*(?<seconds>[\d.,<]+)\s+(?<percent>[\d<]+)\s+Marac\.Forms\.Analyzers, Version", RegexOptions.Multiline);

    public static IReadOnlyList<BuildTimes> Measure(IReadOnlyList<string> files, IEnumerable<string> referencePaths, string analyzerPath, int rebuilds)
    {
        var directory = Directory.CreateTempSubdirectory("marac-analyzer-perf-").FullName;
        try
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
                  </PropertyGroup>
                  <ItemGroup>
                {references}
                    <Analyzer Include="{analyzerPath}" Condition="'$(WithMarac)' != 'false'" />
                  </ItemGroup>
                </Project>
                """);

            // The findings must stay enabled: the compiler skips an analyzer whose rules are all suppressed.
            File.WriteAllText(Path.Combine(directory, ".editorconfig"), string.Join(Environment.NewLine,
                new[] { "root = true", "[*.cs]" }.Concat(Enumerable.Range(1, 6).Select(n => $"dotnet_diagnostic.MARAC00{n}.severity = warning"))));
            Run(directory, "build -c Release -nodeReuse:false -p:UseSharedCompilation=false");
            var results = new List<BuildTimes>();
            for (var i = 0; i < rebuilds; i++)
            {
                // Interleaved, so a change in the machine's load touches both builds of a pair alike.
                var without = Run(directory, "build -c Release --no-restore -t:Rebuild -nodeReuse:false -p:UseSharedCompilation=false -p:WithMarac=false -v:n -clp:PerformanceSummary");
                var output = Run(directory, "build -c Release --no-restore -t:Rebuild -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary");
                var cscWithout = CscTask.Match(without);
                var csc = CscTask.Match(output);
                var ours = AnalyzerAssembly.Match(output);
                if (!csc.Success || !ours.Success || !cscWithout.Success)
                {
                    throw new InvalidOperationException("Could not read the compiler or analyzer time from the build output.");
                }

                var seconds = ours.Groups["seconds"].Value.Replace("<", string.Empty, StringComparison.Ordinal);
                results.Add(new BuildTimes(
                    double.Parse(cscWithout.Groups["ms"].Value, CultureInfo.InvariantCulture),
                    double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture),
                    1000 * double.Parse(seconds, CultureInfo.InvariantCulture)));
            }

            return results;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Run(string directory, string arguments)
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

/// <summary>One pair of rebuilds: the compiler task without and with our analyzers, and what the compiler reported for them.</summary>
internal sealed record BuildTimes(double CompilerWithoutMs, double CompilerWithMs, double ReportedAnalyzerMs);
