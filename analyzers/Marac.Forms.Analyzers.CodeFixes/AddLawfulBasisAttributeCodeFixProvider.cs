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

/// <summary>
/// Puts <c>[LawfulBasis(Article6Basis.PublicTask, reasons: "", extent: "", permittedUse: "")]</c> on
/// the enclosing member for the author to complete; MARAC005 then asks for its reasons, extent and
/// permitted use (the attribute always names an Article 6 basis, which the author checks).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLawfulBasisAttributeCodeFixProvider))]
[Shared]
public sealed class AddLawfulBasisAttributeCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "MaracAddLawfulBasisAttribute";

    private const string ArgumentsText = "(Article6Basis.PublicTask, reasons: \"\", extent: \"\", permittedUse: \"\")";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.LoggedWithoutLawfulBasis,
        DiagnosticIds.SerialisedWithoutLawfulBasis);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new DocumentFixAllProvider(EquivalenceKey, ApplyAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(DiagnosticIds.AttributableProperty) || root is null
                || TargetFor(root, diagnostic) is not { } target)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Record a lawful basis on '" + NameOf(target) + "' ([LawfulBasis], to complete)",
                    cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new HashSet<MemberDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(DiagnosticIds.AttributableProperty) && TargetFor(root, diagnostic) is { } target)
            {
                targets.Add(target);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        var position = targets.Min(t => t.SpanStart);
        var newLine = DataProtectionImport.NewLine(root);
        var newRoot = root.ReplaceNodes(targets, (_, rewritten) => AddAttribute(rewritten, newLine));
        if (!await DataProtectionImport.IsInScopeAsync(document, position, "LawfulBasisAttribute", cancellationToken).ConfigureAwait(false))
        {
            newRoot = DataProtectionImport.AddUsing(newRoot);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The nearest method, constructor, property or type around the reported expression (not a lambda).</summary>
    private static MemberDeclarationSyntax? TargetFor(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax or ConstructorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax
                    or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
                case ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
            }
        }

        return null;
    }

    private static SyntaxNode AddAttribute(MemberDeclarationSyntax member, string newLine)
    {
        var leading = member.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();
        var attribute = SyntaxFactory.ParseAttributeArgumentList(ArgumentsText);
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("LawfulBasis"), attribute)))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        var stripped = member.WithLeadingTrivia(indentation);
        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
    }

    private static string NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
        PropertyDeclarationSyntax property => property.Identifier.Text,
        BaseTypeDeclarationSyntax type => type.Identifier.Text,
        _ => "this member",
    };
}
