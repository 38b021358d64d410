using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// The restricted kinds marked on members, parameters, types and attribute classes of one
/// compilation, each read once: the same member is met at every sink that touches it, and reading
/// its attributes (and, for record properties, the positional parameters behind them) each time
/// was most of the cost of code that carries no attributes at all.
/// </summary>
internal sealed class RestrictionMarks
{
    private readonly KnownSymbols known;
    private const int ConcurrencyLevel = 4;

    // Sized for a large project so the tables are not regrown (under all their locks) while filling.
    private readonly ConcurrentDictionary<ISymbol, RestrictedKinds> symbols = new(ConcurrencyLevel, 4096, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, RestrictedKinds> types = new(ConcurrencyLevel, 1024, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, RestrictedKinds> attributeClasses = new(SymbolEqualityComparer.Default);

    public RestrictionMarks(KnownSymbols known) => this.known = known;

    public RestrictedKinds OfSymbol(ISymbol symbol)
    {
        if (!symbols.TryGetValue(symbol, out var kinds))
        {
            kinds = RestrictedMembers.ReadKindsOf(symbol, known);
            symbols.TryAdd(symbol, kinds);
        }

        return kinds;
    }

    public RestrictedKinds OfType(ITypeSymbol type)
    {
        if (!types.TryGetValue(type, out var kinds))
        {
            kinds = RestrictedMembers.ReadKindsOfType(type, known);
            types.TryAdd(type, kinds);
        }

        return kinds;
    }

    public RestrictedKinds OfAttributeClass(INamedTypeSymbol attributeClass)
    {
        if (!attributeClasses.TryGetValue(attributeClass, out var kinds))
        {
            kinds = RestrictedMembers.ReadKindOfAttributeClass(attributeClass, known);
            attributeClasses.TryAdd(attributeClass, kinds);
        }

        return kinds;
    }
}
