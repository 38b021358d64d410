using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Marac.Forms.Analyzers.CodeFixes;

/// <summary>
/// Fix-all that applies a fix to all of a document's diagnostics in one edit, so fixes that touch
/// the same node (two values in one method wanting one attribute) do not conflict.
/// </summary>
internal sealed class DocumentFixAllProvider : FixAllProvider
{
    private readonly IReadOnlyDictionary<string, Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>>> fixes;

    public DocumentFixAllProvider(string equivalenceKey, Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixDocument)
        : this(new Dictionary<string, Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>>> { [equivalenceKey] = fixDocument })
    {
    }

    /// <summary>A fix-all for a provider that offers several fixes, one per equivalence key.</summary>
    public DocumentFixAllProvider(IReadOnlyDictionary<string, Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>>> fixes)
    {
        this.fixes = fixes;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey is not { } key || !fixes.TryGetValue(key, out var fixDocument))
        {
            return Task.FromResult<CodeAction?>(null);
        }

        return Task.FromResult<CodeAction?>(CodeAction.Create(
            "Apply to all",
            cancellationToken => FixAsync(fixAllContext, fixDocument, cancellationToken),
            key));
    }

    private static async Task<Solution> FixAsync(
        FixAllContext context, Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixDocument, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        foreach (var document in DocumentsIn(context))
        {
            var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                continue;
            }

            var fixedDocument = await fixDocument(document, diagnostics, cancellationToken).ConfigureAwait(false);
            var text = await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
            solution = solution.WithDocumentText(document.Id, text);
        }

        return solution;
    }

    private static IEnumerable<Document> DocumentsIn(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is not null => new[] { context.Document },
        FixAllScope.Project => context.Project.Documents,
        FixAllScope.Solution => context.Solution.Projects.SelectMany(project => project.Documents),
        _ => Array.Empty<Document>(),
    };
}
