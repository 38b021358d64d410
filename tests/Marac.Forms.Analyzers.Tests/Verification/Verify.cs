using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>Checks that the analyzers report exactly the marked diagnostics, and that fixes give the expected code.</summary>
internal static class Verify
{
    private const string TestPath = "Test.cs";

    /// <summary>Compiles the marked source with the test model and asserts exactly the marked diagnostics.</summary>
    public static async Task DiagnosticsAsync(string markup)
    {
        var parsed = Markup.Parse(markup);
        var compilation = TestCompilation.Create(Sources(parsed.Source), TestReferences.All);
        TestCompilation.AssertCompiles(compilation);
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation);
        AssertMatches(parsed, diagnostics);
    }

    /// <summary>Applies one fix (or fix-all) and compares the result with <paramref name="afterMarkup"/>, whose marks are checked too.</summary>
    public static async Task CodeFixAsync(string beforeMarkup, string afterMarkup, CodeFixProvider provider, string equivalenceKey, bool fixAll = false)
    {
        using var workspace = new AdhocWorkspace();
        var (testDocument, diagnostics) = await AnalyzeAsync(workspace, Markup.Parse(beforeMarkup));

        var fixable = diagnostics
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree?.FilePath == TestPath)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        Assert.NotEmpty(fixable);

        var action = fixAll
            ? await FixAllActionAsync(testDocument, provider, equivalenceKey, fixable)
            : await SingleActionAsync(testDocument, provider, equivalenceKey, fixable[0]);
        Assert.True(action is not null, $"No code action with key {equivalenceKey} was offered.");

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var fixedText = (await changed.GetDocument(testDocument.Id)!.GetTextAsync()).ToString();

        var after = Markup.Parse(afterMarkup);
        Assert.Equal(Normalise(after.Source), Normalise(fixedText));

        var afterCompilation = TestCompilation.Create(Sources(fixedText), TestReferences.All);
        TestCompilation.AssertCompiles(afterCompilation);
        AssertMatches(Markup.Parse(AdjustLineEndings(afterMarkup, fixedText)), await TestCompilation.AnalyzeAsync(afterCompilation));
    }

    /// <summary>Asserts the marked diagnostics and that <paramref name="provider"/> offers no fix for any of them.</summary>
    public static async Task NoCodeFixAsync(string markup, CodeFixProvider provider)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, Markup.Parse(markup));
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
        {
            Assert.Empty(await OfferedAsync(document, provider, diagnostic));
        }
    }

    /// <summary>The code actions <paramref name="provider"/> offers for <paramref name="markup"/>'s first fixable diagnostic, nested ones as children.</summary>
    public static async Task<IReadOnlyList<CodeAction>> OfferedActionsAsync(string markup, CodeFixProvider provider)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, Markup.Parse(markup));
        var diagnostic = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start).First();
        return await OfferedAsync(document, provider, diagnostic);
    }

    /// <summary>Puts the marked source in <paramref name="workspace"/>, asserts it compiles and has exactly the marked diagnostics, and returns them.</summary>
    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(AdhocWorkspace workspace, Markup parsed)
    {
        var document = CreateDocument(workspace, parsed.Source);
        var compilation = TestCompilation.RunLoggingGenerator((await document.Project.GetCompilationAsync())!);
        TestCompilation.AssertCompiles(compilation);
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation);
        AssertMatches(parsed, diagnostics);
        return (document, diagnostics);
    }

    private static async Task<List<CodeAction>> OfferedAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static Document CreateDocument(AdhocWorkspace workspace, string testSource)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
            compilationOptions: TestCompilation.Options,
            parseOptions: TestCompilation.ParseOptions,
            metadataReferences: TestReferences.All));
        DocumentId? testId = null;
        foreach (var (path, text) in Sources(testSource))
        {
            var added = workspace.AddDocument(DocumentInfo.Create(
                DocumentId.CreateNewId(project.Id), path, loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default)), filePath: path));
            testId = path == TestPath ? added.Id : testId;
        }

        return workspace.CurrentSolution.GetDocument(testId!)!;
    }

    public static IEnumerable<(string Path, string Text)> Sources(string testSource)
    {
        yield return (TestPath, testSource);
        yield return ("Model.cs", TestModel.Source);
        yield return ("GlobalUsings.cs", TestModel.GlobalUsings);
    }

    public static void AssertMatches(Markup expected, ImmutableArray<Diagnostic> diagnostics)
    {
        var outside = diagnostics.Where(d => d.Location.SourceTree?.FilePath != TestPath).ToArray();
        Assert.True(outside.Length == 0, "Diagnostics outside the test source:\n" + string.Join("\n", outside.Select(d => d.ToString())));

        var actual = diagnostics.Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan)).ToList();
        var missing = expected.Expected.Where(e => !actual.Contains(e)).ToList();
        var unexpected = diagnostics.Where(d => !expected.Expected.Contains(new ExpectedDiagnostic(d.Id, d.Location.SourceSpan))).ToList();
        if (missing.Count == 0 && unexpected.Count == 0 && actual.Count == expected.Expected.Count)
        {
            return;
        }

        var report = new StringBuilder();
        foreach (var m in missing)
        {
            report.AppendLine($"missing    {m.Id} at '{expected.Source.Substring(m.Span.Start, m.Span.Length)}' ({m.Span})");
        }

        foreach (var u in unexpected)
        {
            report.AppendLine($"unexpected {u.Id} at '{expected.Source.Substring(u.Location.SourceSpan.Start, u.Location.SourceSpan.Length)}' ({u.Location.SourceSpan}): {u.GetMessage()}");
        }

        if (missing.Count == 0 && unexpected.Count == 0)
        {
            report.AppendLine($"expected {expected.Expected.Count} diagnostics, got {actual.Count}: " + string.Join(", ", diagnostics.Select(d => d.ToString())));
        }

        Assert.Fail(report.ToString());
    }

    private static async Task<CodeAction?> SingleActionAsync(Document document, CodeFixProvider provider, string equivalenceKey, Diagnostic diagnostic) =>
        WithNested(await OfferedAsync(document, provider, diagnostic)).SingleOrDefault(a => a.EquivalenceKey == equivalenceKey);

    private static IEnumerable<CodeAction> WithNested(IEnumerable<CodeAction> actions) =>
        actions.SelectMany(action => new[] { action }.Concat(WithNested(action.NestedActions)));

    private static async Task<CodeAction?> FixAllActionAsync(Document document, CodeFixProvider provider, string equivalenceKey, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixAllProvider = provider.GetFixAllProvider();
        Assert.NotNull(fixAllProvider);
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            equivalenceKey,
            diagnostics.Select(d => d.Id).Distinct(),
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        return await fixAllProvider.GetFixAsync(context);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n");

    private static string AdjustLineEndings(string markup, string like) =>
        like.Contains("\r\n") && !markup.Contains("\r\n") ? markup.Replace("\n", "\r\n") : markup;

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath || d.Location.SourceTree?.FilePath == document.Name));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
