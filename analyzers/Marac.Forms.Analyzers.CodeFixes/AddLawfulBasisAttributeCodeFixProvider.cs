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
/// Puts <c>[LawfulBasis(Article6Basis.X, reasons: "", extent: "", permittedUse: "")]</c> on the
/// enclosing member for the author to complete; MARAC005 then asks for its reasons, extent and
/// permitted use. The author picks the Article 6 basis from one nested fix per basis: none is
/// chosen for them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLawfulBasisAttributeCodeFixProvider))]
[Shared]
public sealed class AddLawfulBasisAttributeCodeFixProvider : CodeFixProvider
{
    /// <summary>Each nested fix's equivalence key is this followed by the <c>Article6Basis</c> member it writes.</summary>
    private const string EquivalenceKeyPrefix = "MaracAddLawfulBasisAttribute.";

    /// <summary>The <c>Article6Basis</c> members offered, those most used in MARAC work first, and their titles.</summary>
    private static readonly ImmutableArray<(string Member, string Title)> Bases = ImmutableArray.Create(
        ("PublicTask", "Public task, Article 6(1)(e)"),
        ("VitalInterests", "Vital interests, Article 6(1)(d)"),
        ("LegalObligation", "Legal obligation, Article 6(1)(c)"),
        ("RecognisedLegitimateInterest", "Recognised legitimate interest, Article 6(1)(ea)"),
        ("LegitimateInterests", "Legitimate interests, Article 6(1)(f)"),
        ("Consent", "Consent, Article 6(1)(a)"),
        ("Contract", "Contract, Article 6(1)(b)"));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.LoggedWithoutLawfulBasis,
        DiagnosticIds.SerialisedWithoutLawfulBasis);

    /// <inheritdoc />
    /// <remarks>
    /// Each document is fixed in one edit with all its diagnostics, so two values in one member get
    /// one attribute between them; the equivalence key names the Article 6 basis chosen.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

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

            var document = context.Document;
            var choices = Bases.Select(basis => CodeAction.Create(
                    basis.Title,
                    cancellationToken => ApplyAsync(document, ImmutableArray.Create(diagnostic), basis.Member, cancellationToken),
                    EquivalenceKeyPrefix + basis.Member))
                .ToImmutableArray();
            context.RegisterCodeFix(
                CodeAction.Create("Record a lawful basis on '" + NameOf(target) + "' ([LawfulBasis], to complete)", choices, isInlinable: false),
                diagnostic);
        }
    }

    /// <summary>Fixes one document's diagnostics with the basis named by the chosen nested fix's equivalence key.</summary>
    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var key = context.CodeActionEquivalenceKey;
        var basis = Bases.FirstOrDefault(b => key == EquivalenceKeyPrefix + b.Member).Member;
        return basis is null ? null : await ApplyAsync(document, diagnostics, basis, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string article6Member, CancellationToken cancellationToken)
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
        var newRoot = root.ReplaceNodes(targets, (_, rewritten) => AddAttribute(rewritten, article6Member, newLine));
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

    private static SyntaxNode AddAttribute(MemberDeclarationSyntax member, string article6Member, string newLine)
    {
        var leading = member.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading.Last())
            : SyntaxFactory.TriviaList();
        var attribute = SyntaxFactory.ParseAttributeArgumentList($"(Article6Basis.{article6Member}, reasons: \"\", extent: \"\", permittedUse: \"\")");
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
