using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// Entry points over <see cref="MaracTest"/>: sources carry their expected diagnostics as
/// <c>{|MARAC001:expression|}</c> marks (nested when two rules report one expression), and
/// <paramref name="expected"/> adds diagnostics checked for their message arguments and severity.
/// </summary>
internal static class Verify
{
    /// <summary>A diagnostic of rule <paramref name="id"/> whose severity, location and arguments a test then states.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(TestCompilation.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id));

    /// <summary>Compiles the marked source with the test model and asserts exactly the marked and listed diagnostics.</summary>
    public static Task DiagnosticsAsync(string markup, params DiagnosticResult[] expected) =>
        DiagnosticsOfAsync(TestCompilation.AllAnalyzers, markup, expected);

    /// <summary>
    /// As <see cref="DiagnosticsAsync"/>, compiling against <paramref name="libraries"/> (and the
    /// framework) instead of the usual set, and running <paramref name="generators"/> when given.
    /// </summary>
    public static Task DiagnosticsWithAsync(IEnumerable<MetadataReference> libraries, string markup, IEnumerable<Type>? generators = null)
    {
        var test = new MaracTest(libraries: libraries, generators: generators);
        MaracTest.SetSources(test.TestState, markup);
        return test.RunAsync();
    }

    /// <summary>As <see cref="DiagnosticsAsync"/>, running only <paramref name="analyzers"/>.</summary>
    public static Task DiagnosticsOfAsync(IEnumerable<DiagnosticAnalyzer> analyzers, string markup, params DiagnosticResult[] expected)
    {
        var test = new MaracTest(analyzers: analyzers);
        MaracTest.SetSources(test.TestState, markup);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies the fix with <paramref name="equivalenceKey"/> one diagnostic at a time
    /// (<paramref name="incrementalIterations"/> times) and with fix-all in document, project and
    /// solution scope (<paramref name="fixAllIterations"/> passes), and compares each result with
    /// <paramref name="afterMarkup"/> (fix-all results with <paramref name="fixAllAfterMarkup"/> when
    /// given), whose marks are checked too.
    /// </summary>
    public static Task CodeFixAsync(
        string beforeMarkup, string afterMarkup, CodeFixProvider provider, string equivalenceKey,
        int incrementalIterations = 1, int fixAllIterations = 1, bool fixOnce = false, string? fixAllAfterMarkup = null)
    {
        var test = new MaracTest(provider)
        {
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = incrementalIterations,
            NumberOfFixAllIterations = fixAllIterations,
        };
        MaracTest.SetSources(test.TestState, beforeMarkup);
        MaracTest.SetSources(test.FixedState, afterMarkup);
        if (fixAllAfterMarkup is not null)
        {
            MaracTest.SetSources(test.BatchFixedState, fixAllAfterMarkup);
        }

        if (fixOnce)
        {
            // A fix whose result still carries its diagnostic (an attribute left for the author to
            // complete) is applied once, as a person would, not until the framework's limit.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.FixOne;
        }

        return test.RunAsync();
    }

    /// <summary>Asserts the marked diagnostics and that <paramref name="provider"/> changes nothing for any of them.</summary>
    public static Task NoCodeFixAsync(string markup, CodeFixProvider provider)
    {
        var test = new MaracTest(provider)
        {
            NumberOfIncrementalIterations = 0,
            NumberOfFixAllIterations = 0,
        };
        MaracTest.SetSources(test.TestState, markup);
        MaracTest.SetSources(test.FixedState, markup);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies the fix with <paramref name="equivalenceKey"/> once to <paramref name="markup"/>'s
    /// first fixable diagnostic, giving <paramref name="afterMarkup"/>, and returns the code actions
    /// <paramref name="provider"/> offered, nested ones under their parent.
    /// </summary>
    public static async Task<IReadOnlyList<CodeAction>> OfferedActionsAsync(string markup, string afterMarkup, CodeFixProvider provider, string equivalenceKey)
    {
        var test = new MaracTest(provider)
        {
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipFixAllCheck,
        };
        MaracTest.SetSources(test.TestState, markup);
        MaracTest.SetSources(test.FixedState, afterMarkup);
        await test.RunAsync();
        return test.Offered.DistinctBy(a => a.Title).ToArray();
    }
}
