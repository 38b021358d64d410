using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Marac.Forms.Analyzers.Performance;

/// <summary>
/// Runs the compiler the real build runs, with the build's own arguments plus <c>/parallel-</c> and
/// <c>/reportanalyzer</c>, so that one thread compiles and runs every analyzer callback.
/// </summary>
/// <remarks>
/// Why: <c>-p:ReportAnalyzer=true</c> times each callback with a stopwatch. In a parallel build on
/// a machine with fewer cores than the compiler keeps runnable, each stopwatch also runs while its
/// thread waits for a core, and the reported times of callbacks running at once add up. With one
/// compiling thread, the reported time and the compiler's wall time are measured on the same
/// thread. MSBuild's Csc task has no switch for <c>/parallel-</c>, so the compiler is run directly.
/// </remarks>
internal static class SequentialCompile
{
    private static readonly Regex AllAnalyzers = new(@"Total analyzer execution time: (?<seconds>[\d.,]+) seconds", RegexOptions.Multiline);

    /// <summary>
    /// Builds the project once to learn the compiler's command line, then runs that compiler
    /// <paramref name="rounds"/> times without our analyzers and once with each build of them in
    /// <paramref name="analyzerPaths"/> per round, in rotating order.
    /// </summary>
    public static IReadOnlyList<SequentialRound> Measure(IReadOnlyList<string> files, IEnumerable<string> referencePaths, IReadOnlyList<string> analyzerPaths, int rounds)
    {
        var directory = Directory.CreateTempSubdirectory("marac-analyzer-sequential-").FullName;
        try
        {
            RealBuild.WriteProject(directory, files, referencePaths, analyzerPaths[0]);
            var log = RealBuild.Run(directory, "build -c Release -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:n");
            var (compiler, arguments) = CompilerCommandLine(log);
            var ourAnalyzer = $"/analyzer:{analyzerPaths[0]}";
            if (!arguments.Contains(ourAnalyzer, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The build's compiler command line does not load {analyzerPaths[0]}.");
            }

            var sequential = arguments + " /parallel-";
            var without = Path.Combine(directory, "without.rsp");
            File.WriteAllText(without, sequential.Replace(ourAnalyzer + " ", string.Empty, StringComparison.Ordinal));
            var with = analyzerPaths.Select((path, i) =>
            {
                var file = Path.Combine(directory, $"with{i}.rsp");
                File.WriteAllText(file, sequential.Replace(ourAnalyzer, $"/analyzer:{path}", StringComparison.Ordinal));
                return file;
            }).ToArray();

            var results = new List<SequentialRound>();
            for (var round = 0; round < rounds; round++)
            {
                // Without first in even rounds and last in odd ones, the builds of ours rotating, so
                // a drift in the machine's load touches every variant alike.
                var order = Enumerable.Range(0, with.Length).Select(n => (n + round) % with.Length).ToList();
                var timesWith = new SequentialCompileTime[with.Length];
                SequentialCompileTime? timeWithout = null;
                if (round % 2 == 0)
                {
                    timeWithout = Compile(directory, compiler, without);
                }

                foreach (var index in order)
                {
                    timesWith[index] = Compile(directory, compiler, with[index]);
                }

                timeWithout ??= Compile(directory, compiler, without);
                results.Add(new SequentialRound(timeWithout, timesWith));
            }

            return results;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The compiler the build ran and its arguments, read from the Csc task's line in a normal-verbosity build log.</summary>
    private static (string Compiler, string Arguments) CompilerCommandLine(string log)
    {
        var line = log.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(" /noconfig ", StringComparison.Ordinal) && l.Contains("/out:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Could not find the compiler's command line in the build output.");
        var split = line.IndexOf(" /noconfig ", StringComparison.Ordinal);
        var compiler = line[..split];
        if (!File.Exists(compiler))
        {
            throw new InvalidOperationException($"The build ran the compiler as '{compiler}', which this tool cannot start directly.");
        }

        return (compiler, line[(split + 1)..]);
    }

    private static SequentialCompileTime Compile(string directory, string compiler, string responseFile)
    {
        var start = new ProcessStartInfo(compiler, $"@\"{responseFile}\"")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{compiler} @{responseFile} failed:\n{output}\n{stderr.Result}");
        }

        var all = AllAnalyzers.Match(output);
        if (!all.Success)
        {
            throw new InvalidOperationException("The compiler printed no analyzer report.");
        }

        var ours = RealBuild.AnalyzerAssembly.Match(output);
        return new SequentialCompileTime(
            wall,
            ours.Success ? RealBuild.Milliseconds(ours) : 0,
            1000 * double.Parse(all.Groups["seconds"].Value, CultureInfo.InvariantCulture),
            output.Split('\n').Where(l => l.Contains(": warning MARAC", StringComparison.Ordinal)).Distinct().Count());
    }
}

/// <summary>One round: the compiler without our analyzers, then with each build of them compared.</summary>
internal sealed record SequentialRound(SequentialCompileTime Without, IReadOnlyList<SequentialCompileTime> With);

/// <summary>
/// One sequential compile: its wall time, the compiler-reported time of Marac.Forms.Analyzers and
/// of every analyzer together, and how many MARAC findings it printed.
/// </summary>
internal sealed record SequentialCompileTime(double WallMs, double OurAnalyzersMs, double AllAnalyzersMs, int Findings);
