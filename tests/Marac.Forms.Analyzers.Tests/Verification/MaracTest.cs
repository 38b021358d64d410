using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// The Roslyn SDK's analyzer and code-fix test, set up the way this project compiles test sources:
/// C# latest with nullable enabled, the test model beside the test code, the .NET 10 reference
/// assemblies, the real Marac.Forms and third-party builds, and the real [LoggerMessage] generator.
/// </summary>
internal sealed class MaracTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    public const string TestPath = "Test.cs";

    private static readonly Lazy<ImmutableArray<Type>> LoggingGenerators = new(LoadLoggingGenerators);

    public MaracTest(
        CodeFixProvider? fix = null, IEnumerable<DiagnosticAnalyzer>? analyzers = null,
        IEnumerable<MetadataReference>? libraries = null, IEnumerable<Type>? generators = null)
    {
        Fix = fix;
        Generators = generators?.ToImmutableArray() ?? LoggingGenerators.Value;
        Analyzers = (analyzers ?? TestCompilation.AllAnalyzers).ToImmutableArray();
        ReferenceAssemblies = TestReferences.NoFrameworkPack;
        TestState.AdditionalReferences.AddRange(TestReferences.Framework);
        TestState.AdditionalReferences.AddRange(libraries ?? TestReferences.Libraries);

        // The [LoggerMessage] generator's output is compiled with the test code, not compared with
        // an expected copy of it.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public CodeFixProvider? Fix { get; }

    /// <summary>The source generators run on the test code: by default the [LoggerMessage] generator of the referenced release.</summary>
    public ImmutableArray<Type> Generators { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every code action the fix registered (nested ones as children of theirs), across all iterations.</summary>
    public List<CodeAction> Offered { get; } = new();

    /// <summary>Puts <paramref name="markup"/> in a state (test or fixed) as Test.cs, with the test model beside it.</summary>
    public static void SetSources(SolutionState state, string markup)
    {
        // Every mark counts, in a fixed state too: by default the framework would drop the marks of
        // diagnostics the fix could fix, and a fix that leaves its diagnostic would go unnoticed.
        state.MarkupHandling = MarkupMode.Allow;
        state.Sources.AddRange(TestCompilation.WithModel(markup).Select(source => (source.Path, SourceText.From(source.Text))));
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() =>
        Fix is null ? Array.Empty<CodeFixProvider>() : new[] { Fix };

    protected override IEnumerable<Type> GetSourceGenerators() => Generators;

    protected override ParseOptions CreateParseOptions() => TestCompilation.ParseOptions;

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override CodeFixContext CreateCodeFixContext(
        Document document, TextSpan span, ImmutableArray<Diagnostic> diagnostics,
        Action<CodeAction, ImmutableArray<Diagnostic>> registerCodeFix, CancellationToken cancellationToken) =>
        base.CreateCodeFixContext(document, span, diagnostics, (action, fixedDiagnostics) =>
        {
            lock (Offered)
            {
                Offered.Add(action);
            }

            registerCodeFix(action, fixedDiagnostics);
        }, cancellationToken);

    /// <summary>
    /// The generators in the assembly at <paramref name="path"/>, loaded in a context of its own so
    /// two releases of one generator can be loaded side by side; Roslyn comes from the test's context.
    /// </summary>
    public static ImmutableArray<Type> GeneratorsIn(string path) =>
        new AssemblyLoadContext(path).LoadFromAssemblyPath(path).GetTypes()
            .Where(type => type.GetCustomAttribute<GeneratorAttribute>() is not null)
            .ToImmutableArray();

    private static ImmutableArray<Type> LoadLoggingGenerators() => GeneratorsIn(TestReferences.LoggingGeneratorPath);
}
