using System.Collections.Immutable;
using System.Diagnostics;
using Marac.Forms.Analyzers;
using Marac.Forms.Analyzers.Performance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Measures the Marac.Forms analyzers on a generated project of more than 50,000 lines.
//
// Default: the real SDK builds the project with -p:ReportAnalyzer=true; the compiler reports our
// analyzers' time and the build's performance summary the whole Csc task's time, both from the
// same rebuild (median of three). Options: --quick (a small project, one rebuild), --rounds N,
// --compare <path to another build of Marac.Forms.Analyzers.dll>, repeatable (rebuilt in the same
// rounds, in rotating order), --heavy-only (only the attribute-heavy project), --telemetry (also
// measure in process with GetAnalyzerTelemetryInfoAsync, the analyzers running one callback at a
// time on the compilation just emitted; --telemetry-only skips the real builds) and
// --write-project DIR (only write the attribute-heavy project, or with --no-attributes the plain
// one, to DIR and stop). --sequential runs, instead of the builds, the compiler the build runs
// with its own arguments plus /parallel-, so one thread compiles and runs every callback and the
// compiler's stopwatch times only that thread's work (see SequentialCompile).
var quick = args.Contains("--quick");
var Modules = quick ? 60 : 290;
var Runs = quick ? 1 : 5;

var references = References();
var referencePaths = references.Select(r => r.Display!).Where(p => !p.Contains("Microsoft.NETCore.App.Ref", StringComparison.Ordinal)).ToArray();
var analyzerPaths = new List<string> { typeof(RestrictedDataDisclosureAnalyzer).Assembly.Location };
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--compare")
    {
        // Another build of the analyzers (e.g. an earlier commit's), rebuilt in the same rounds as this one.
        analyzerPaths.Add(Path.GetFullPath(args[i + 1]));
    }
}

var rounds = quick ? 1 : 3;
var roundsAt = Array.IndexOf(args, "--rounds");
if (roundsAt >= 0)
{
    rounds = int.Parse(args[roundsAt + 1], System.Globalization.CultureInfo.InvariantCulture);
    Runs = rounds;
}

var writeAt = Array.IndexOf(args, "--write-project");
if (writeAt >= 0)
{
    // For measurements outside this tool (tests/perf/analyzer-cpu-share.sh): the project, left on disk.
    var target = Directory.CreateDirectory(args[writeAt + 1]).FullName;
    RealBuild.WriteProject(target, GeneratedProject.Files(Modules, withAttributes: !args.Contains("--no-attributes")), referencePaths, analyzerPaths[0]);
    Console.WriteLine(target);
    return;
}

var projects = new[] { ("attributes used heavily", true), ("same code, no attributes", false) };
if (args.Contains("--sequential"))
{
    foreach (var (label, withAttributes) in args.Contains("--heavy-only") ? projects[..1] : projects)
    {
        var files = GeneratedProject.Files(Modules, withAttributes);
        var compiles = SequentialCompile.Measure(files, referencePaths, analyzerPaths, rounds);
        var without = Median(compiles.Select(c => c.Without.WallMs).ToList());
        Console.WriteLine($"sequential compiler (csc /parallel-), {label}: {files.Sum(f => f.Count(c => c == '\n')):N0} lines, {compiles.Count} rounds; compile median {without:N0} ms without the Marac.Forms analyzers (all analyzers reported {Median(compiles.Select(c => c.Without.AllAnalyzersMs).ToList()):N0} ms)");
        for (var v = 0; v < analyzerPaths.Count; v++)
        {
            var times = compiles.Select(c => c.With[v]).ToList();
            var wall = Median(times.Select(t => t.WallMs).ToList());
            var ours = Median(times.Select(t => t.OurAnalyzersMs).ToList());
            var added = Median(compiles.Select(c => 100 * (c.With[v].WallMs - c.Without.WallMs) / c.Without.WallMs).ToList());
            var share = Median(times.Select(t => 100 * t.OurAnalyzersMs / t.WallMs).ToList());
            Console.WriteLine($"  with {analyzerPaths[v]}:");
            Console.WriteLine($"    compile median {wall:N0} ms: median {added:+0.0;-0.0}% added; all analyzers reported {Median(times.Select(t => t.AllAnalyzersMs).ToList()):N0} ms");
            Console.WriteLine($"    compiler-reported Marac.Forms analyzer time median {ours:N0} ms = {share:N1}% of the compile (each round: {string.Join(", ", times.Select(t => $"{t.OurAnalyzersMs:N0} of {t.WallMs:N0} ms"))})");
            Console.WriteLine($"    MARAC findings: {string.Join(", ", times.Select(t => t.Findings).Distinct())}");
        }
    }

    return;
}

foreach (var (label, withAttributes) in args.Contains("--telemetry-only") ? projects[..0] : args.Contains("--heavy-only") ? projects[..1] : projects)
{
    var files = GeneratedProject.Files(Modules, withAttributes);
    var builds = RealBuild.Measure(files, referencePaths, analyzerPaths, rounds);
    var without = Median(builds.Select(b => b.CompilerWithoutMs).ToList());
    Console.WriteLine($"real build, {label}: {files.Sum(f => f.Count(c => c == '\n')):N0} lines, {builds.Count} rounds of rebuilds; Csc task median {without:N0} ms without the Marac.Forms analyzers");
    for (var v = 0; v < analyzerPaths.Count; v++)
    {
        var with = Median(builds.Select(b => b.With[v].CompilerMs).ToList());
        var reported = Median(builds.Select(b => b.With[v].ReportedAnalyzerMs).ToList());
        var added = Median(builds.Select(b => 100 * (b.With[v].CompilerMs - b.CompilerWithoutMs) / b.CompilerWithoutMs).ToList());
        var share = Median(builds.Select(b => 100 * b.With[v].ReportedAnalyzerMs / b.With[v].CompilerMs).ToList());
        var findings = builds[0].With[v].Findings;
        Console.WriteLine($"  with {analyzerPaths[v]}:");
        Console.WriteLine($"    Csc task median {with:N0} ms: median {added:+0.0;-0.0}% added");
        Console.WriteLine($"    compiler-reported Marac.Forms analyzer time median {reported:N0} ms = {share:N1}% of the Csc task (each round: {string.Join(", ", builds.Select(b => $"{b.With[v].ReportedAnalyzerMs:N0} ms"))})");
        Console.WriteLine("    per analyzer (median): " + string.Join(", ", builds[0].With[v].ReportedPerAnalyzerMs.Keys.Order(StringComparer.Ordinal)
            .Select(name => $"{name} {Median(builds.Select(b => b.With[v].ReportedPerAnalyzerMs.GetValueOrDefault(name)).ToList()):N0} ms")));
        Console.WriteLine("    findings: " + (findings.Count == 0 ? "none" : string.Join(", ", findings.OrderBy(p => p.Key).Select(p => $"{p.Key} x{p.Value}"))));
    }
}

if (!args.Contains("--telemetry") && !args.Contains("--telemetry-only"))
{
    return;
}

var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
    new RestrictedDataDisclosureAnalyzer(), new LawfulBasisStatementsAnalyzer(), new PersonalDataToStringAnalyzer());

Measure("attributes used heavily", GeneratedProject.Files(Modules, withAttributes: true), references);
Measure("same code, no attributes", GeneratedProject.Files(Modules, withAttributes: false), references);
Measure("same code, Marac.Forms not referenced", GeneratedProject.Files(Modules, withAttributes: false).Select(StripMarac).ToArray(), references.Where(r => !r.Display!.EndsWith("Marac.Forms.dll", StringComparison.Ordinal)).ToArray());

void Measure(string name, IReadOnlyList<string> files, IReadOnlyList<MetadataReference> refs)
{
    var lines = files.Sum(f => f.Count(c => c == '\n'));
    var compileTimes = new List<double>();
    var analyzerTimes = new List<double>();
    var diagnosticCounts = new Dictionary<string, int>();
    var perAnalyzer = new Dictionary<string, double>();
    for (var run = 0; run <= Runs; run++)
    {
        var compilation = Create(files, refs);
        var stopwatch = Stopwatch.StartNew();
        using (var stream = new MemoryStream())
        {
            var emitted = compilation.Emit(stream);
            if (!emitted.Success)
            {
                throw new InvalidOperationException("The generated project does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
            }
        }

        var compileTime = stopwatch.Elapsed.TotalMilliseconds;
        // The analyzers run on the compilation just emitted, as in a real build, where they share the
        // compiler's bound symbols instead of paying to bind them again.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var analyzerTime = 0.0;
        foreach (var analyzer in analyzers)
        {
            var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            analyzerTime += time;
            perAnalyzer[analyzer.GetType().Name] = perAnalyzer.GetValueOrDefault(analyzer.GetType().Name) + (run == 0 ? 0 : time);
        }

        if (run == 0)
        {
            diagnosticCounts = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
            continue;
        }

        compileTimes.Add(compileTime);
        analyzerTimes.Add(analyzerTime);
    }

    var compileMedian = Median(compileTimes);
    var analyzerMedian = Median(analyzerTimes);
    Console.WriteLine($"{name}: {files.Count} files, {lines:N0} lines");
    Console.WriteLine($"  compile (emit) median {compileMedian:N0} ms; Marac.Forms analyzers median {analyzerMedian:N0} ms = {100 * analyzerMedian / compileMedian:N1}% of compile time");
    Console.WriteLine($"  each run: {string.Join(", ", compileTimes.Zip(analyzerTimes, (c, a) => $"{a:N0} ms of {c:N0} ms"))}");
    Console.WriteLine("  per analyzer (mean): " + string.Join(", ", perAnalyzer.Select(p => $"{p.Key} {p.Value / Runs:N0} ms")));
    Console.WriteLine("  diagnostics: " + (diagnosticCounts.Count == 0 ? "none" : string.Join(", ", diagnosticCounts.OrderBy(p => p.Key).Select(p => $"{p.Key} x{p.Value}"))));
}

static string StripMarac(string text) => string.Join('\n', text.Split('\n')
    .Where(l => !l.Contains("Marac.Forms.DataProtection", StringComparison.Ordinal))
    .Select(l => l.Contains("DisclosureScope.Begin", StringComparison.Ordinal) ? l.Replace("using (DisclosureScope.Begin(basis))", "using (new System.IO.MemoryStream())", StringComparison.Ordinal) : l)
    .Select(l => l.Replace(", LawfulBasis basis)", ", object basis)", StringComparison.Ordinal).Replace("Redact.Value(item.Immigration)", "item.Immigration?.Length", StringComparison.Ordinal)));

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

static Compilation Create(IReadOnlyList<string> files, IReadOnlyList<MetadataReference> references) =>
    CSharpCompilation.Create(
        "Generated",
        files.Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), $"Module{i}.cs")),
        references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

static IReadOnlyList<MetadataReference> References()
{
    var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
    var packs = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
    var tfm = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
    var referenceDirectory = Directory.GetDirectories(packs).Select(d => Path.Combine(d, "ref", tfm)).Where(Directory.Exists).Order(StringComparer.Ordinal).Last();
    return Directory.GetFiles(referenceDirectory, "*.dll")
        .Concat(new[]
        {
            typeof(Marac.Forms.DataProtection.LawfulBasis).Assembly.Location,
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location,
            typeof(Serilog.Log).Assembly.Location,
        })
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();
}
