using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers;

/// <summary>Looks for an attribute of one exact type on a symbol.</summary>
internal static class SymbolAttributes
{
    /// <summary>The first attribute of exactly <paramref name="attributeType"/> on <paramref name="symbol"/>, or null.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool Has(ISymbol symbol, INamedTypeSymbol? attributeType) => Find(symbol, attributeType) is not null;
}
