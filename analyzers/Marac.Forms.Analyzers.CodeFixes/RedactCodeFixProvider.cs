using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Marac.Forms.Analyzers.CodeFixes;

/// <summary>Wraps the reported expression in <c>Redact.Value(...)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactCodeFixProvider))]
[Shared]
public sealed class RedactCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "MaracRedactValue";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.LoggedWithoutLawfulBasis,
        DiagnosticIds.SerialisedWithoutLawfulBasis,
        DiagnosticIds.GenderHistoryWithoutExemption,
        DiagnosticIds.ImmigrationStatusWithoutAgreement,
        DiagnosticIds.ToStringPrintsRestrictedData,
        DiagnosticIds.SensitiveDataWithoutCondition);

    /// <inheritdoc />
    /// <remarks>
    /// Each document is fixed in one edit with all its diagnostics, so two values wrapped in one
    /// document add the using directive once.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticIds.RedactableProperty))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Redact the value (Redact.Value)",
                    cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        context.CodeActionEquivalenceKey == EquivalenceKey
            ? await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false)
            : null;

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new HashSet<ExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(DiagnosticIds.RedactableProperty)
                && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is { } node
                && ExpressionAt(node, diagnostic.Location.SourceSpan) is { } expression)
            {
                targets.Add(expression);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        var position = targets.Min(t => t.SpanStart);
        var newRoot = root.ReplaceNodes(targets, (_, rewritten) => Wrap(rewritten));
        if (!await DataProtectionImport.IsInScopeAsync(document, position, "Redact", cancellationToken).ConfigureAwait(false))
        {
            newRoot = DataProtectionImport.AddUsing(newRoot);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static ExpressionSyntax? ExpressionAt(SyntaxNode node, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        return expression is not null && expression.Span == span ? expression : null;
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax expression) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName("Redact"),
                    SyntaxFactory.IdentifierName("Value")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
            .WithTriviaFrom(expression);
}
