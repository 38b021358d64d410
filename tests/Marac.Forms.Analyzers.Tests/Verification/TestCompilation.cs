using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>Compiles test sources the way the SDK would, runs the analyzers and fails on any crash.</summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable);

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
        new RestrictedDataDisclosureAnalyzer(),
        new LawfulBasisStatementsAnalyzer(),
        new PersonalDataToStringAnalyzer());

    /// <summary>The test source as Test.cs, with the test model beside it.</summary>
    public static IEnumerable<(string Path, string Text)> WithModel(string testSource)
    {
        yield return (MaracTest.TestPath, testSource);
        yield return ("Model.cs", TestModel.Source);
        yield return ("GlobalUsings.cs", TestModel.GlobalUsings);
    }

    public static Compilation Create(IEnumerable<(string Path, string Text)> sources, IReadOnlyList<MetadataReference> references)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToArray();
        Compilation compilation = CSharpCompilation.Create("TestProject", trees, references, Options);
        return RunLoggingGenerator(compilation);
    }

    /// <summary>Runs the real [LoggerMessage] generator when a source uses it, so partial log methods get their bodies.</summary>
    public static Compilation RunLoggingGenerator(Compilation compilation)
    {
        if (!compilation.SyntaxTrees.Any(t => t.ToString().Contains("LoggerMessage", StringComparison.Ordinal)))
        {
            return compilation;
        }

        var generators = new AnalyzerFileReference(TestReferences.LoggingGeneratorPath, AssemblyLoader.Instance)
            .GetGenerators(LanguageNames.CSharp);
        var driver = CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    public static void AssertCompiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The test source does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>Runs the analyzers; an analyzer exception (AD0001) fails the test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers = null, AnalyzerConfigOptionsProvider? editorConfig = null)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            editorConfig is null ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty) : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, editorConfig),
            (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add($"{analyzer}: {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers ?? AllAnalyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.Count == 0, "An analyzer threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public static readonly AssemblyLoader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
