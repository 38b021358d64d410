using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>Words for diagnostics: what a value is and where its restricted data came from.</summary>
internal static class TaintDescription
{
    private const int MaxExpressionLength = 60;

    public static string KindLabel(RestrictedKinds kinds)
    {
        if ((kinds & RestrictedKinds.GenderHistory) != 0)
        {
            return "gender history";
        }

        if ((kinds & RestrictedKinds.ImmigrationStatus) != 0)
        {
            return "immigration status";
        }

        if ((kinds & RestrictedKinds.SpecialCategory) != 0)
        {
            return "special category data";
        }

        if ((kinds & RestrictedKinds.CriminalOffence) != 0)
        {
            return "criminal-offence data";
        }

        return "restricted personal data";
    }

    /// <summary>The expression as written, on one line, shortened when long.</summary>
    public static string Expression(IOperation leaf)
    {
        var text = leaf.Syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        while (text.Contains("  "))
        {
            text = text.Replace("  ", " ");
        }

        return "'" + (text.Length > MaxExpressionLength ? text.Substring(0, MaxExpressionLength - 3) + "..." : text) + "'";
    }

    /// <summary>Why the value counts, for the general rules' message.</summary>
    public static string Why(IOperation leaf, Taint taint)
    {
        var label = KindLabel(taint.Kinds);
        var source = taint.Source;
        if (source is null || IsDirectReference(leaf, source))
        {
            return label;
        }

        if (taint.ViaType)
        {
            return source is ITypeSymbol type ? "a " + type.Name + ", which is " + label : "holds " + label + " in '" + Qualified(source) + "'";
        }

        return "carries " + label + " from '" + Qualified(source) + "'";
    }

    /// <summary>The expression, naming the attributed member when the expression is not that member.</summary>
    public static string ExpressionFrom(IOperation leaf, ISymbol? source) =>
        source is null || IsDirectReference(leaf, source) ? Expression(leaf) : Expression(leaf) + " (from '" + Qualified(source) + "')";

    public static string Qualified(ISymbol symbol) =>
        symbol.ContainingType is { } type && symbol is not ITypeSymbol ? type.Name + "." + symbol.Name : symbol.Name;

    private static bool IsDirectReference(IOperation leaf, ISymbol source)
    {
        ISymbol? target = leaf switch
        {
            IMemberReferenceOperation member => member.Member,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IConditionalAccessOperation { WhenNotNull: IMemberReferenceOperation member } => member.Member,
            _ => null,
        };
        return target is not null && SymbolEqualityComparer.Default.Equals(target, source);
    }
}
