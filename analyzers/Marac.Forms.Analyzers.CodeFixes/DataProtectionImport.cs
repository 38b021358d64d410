using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Marac.Forms.Analyzers.CodeFixes;

/// <summary>Adds <c>using Marac.Forms.DataProtection;</c> when the names a fix writes do not bind yet.</summary>
internal static class DataProtectionImport
{
    public const string Namespace = "Marac.Forms.DataProtection";

    /// <summary>Whether <paramref name="typeName"/> already means the Marac.Forms type at <paramref name="position"/>.</summary>
    public static async Task<bool> IsInScopeAsync(Document document, int position, string typeName, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return false;
        }

        return model.LookupNamespacesAndTypes(position, name: typeName)
            .Any(symbol => symbol is INamedTypeSymbol type && type.ContainingNamespace.ToDisplayString() == Namespace);
    }

    public static SyntaxNode AddUsing(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        var newLine = NewLine(root);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));

        var namespaceWithUsings = unit.Members.OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault(n => n.Usings.Count > 0);
        if (unit.Usings.Count == 0 && namespaceWithUsings is not null)
        {
            var indentation = namespaceWithUsings.Usings[0].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            var indented = directive.WithLeadingTrivia(indentation);
            return unit.ReplaceNode(namespaceWithUsings, namespaceWithUsings.WithUsings(Insert(namespaceWithUsings.Usings, indented)));
        }

        if (unit.Usings.Count == 0)
        {
            var first = unit.GetLeadingTrivia();
            var withBlankLine = directive.WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.EndOfLine(newLine));
            var stripped = unit.WithoutLeadingTrivia();
            return stripped.WithUsings(SyntaxFactory.SingletonList(withBlankLine.WithLeadingTrivia(first)));
        }

        return unit.WithUsings(Insert(unit.Usings, directive));
    }

    public static string NewLine(SyntaxNode root)
    {
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
    }

    /// <summary>Inserts in ordinal order among the plain using directives, after any that sort before it.</summary>
    private static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> usings, UsingDirectiveSyntax directive)
    {
        var index = 0;
        while (index < usings.Count
            && (usings[index].GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)
                || usings[index].Alias is null && usings[index].StaticKeyword.IsKind(SyntaxKind.None)
                   && string.CompareOrdinal(usings[index].Name?.ToString(), Namespace) < 0))
        {
            index++;
        }

        return usings.Insert(index, directive);
    }
}
