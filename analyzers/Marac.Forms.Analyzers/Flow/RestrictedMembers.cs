using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>Reads the restricted-data attributes on members, parameters and types.</summary>
internal static class RestrictedMembers
{
    /// <summary>The kinds marked on the symbol itself (no flow, no members of its type).</summary>
    public static RestrictedKinds KindsOf(ISymbol symbol, KnownSymbols known)
    {
        if (known.MarksOnSymbol.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var kinds = ReadKindsOf(symbol, known);
        known.MarksOnSymbol.TryAdd(symbol, kinds);
        return kinds;
    }

    private static RestrictedKinds ReadKindsOf(ISymbol symbol, KnownSymbols known)
    {
        var kinds = FromAttributes(symbol.GetAttributes(), known);
        if (kinds == RestrictedKinds.None && symbol is IPropertySymbol property)
        {
            kinds = FromPositionalParameter(property, known);
        }

        return kinds;
    }

    /// <summary>The kinds marked on a type with a type-level attribute (inherited ones included).</summary>
    public static RestrictedKinds KindsOfType(ITypeSymbol type, KnownSymbols known)
    {
        if (known.MarksOnType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var kinds = ReadKindsOfType(type, known);
        known.MarksOnType.TryAdd(type, kinds);
        return kinds;
    }

    private static RestrictedKinds ReadKindsOfType(ITypeSymbol type, KnownSymbols known)
    {
        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            var kinds = FromAttributes(current.GetAttributes(), known);
            if (kinds != RestrictedKinds.None)
            {
                return kinds;
            }
        }

        return RestrictedKinds.None;
    }

    /// <summary>
    /// The data an instance member read from <paramref name="instanceType"/> carries: its own marks, or,
    /// when the member has none, the marks on the type that holds it (a member of restricted data is
    /// restricted data, as the ToString rule already treats it).
    /// </summary>
    public static Taint TaintOfMember(ISymbol member, ITypeSymbol? instanceType, KnownSymbols known)
    {
        var own = TaintOf(member, known);
        if (own.IsTainted || member.IsStatic)
        {
            return own;
        }

        var kinds = instanceType is null ? RestrictedKinds.None : KindsOfType(instanceType, known);
        if (kinds == RestrictedKinds.None && member.ContainingType is { } holder)
        {
            kinds = KindsOfType(holder, known);
        }

        return kinds == RestrictedKinds.None ? Taint.None : new Taint(kinds, member, viaType: false);
    }

    public static Taint TaintOf(ISymbol symbol, KnownSymbols known)
    {
        var kinds = KindsOf(symbol, known);
        return kinds == RestrictedKinds.None ? Taint.None : new Taint(kinds, symbol, viaType: false);
    }

    private static RestrictedKinds FromAttributes(ImmutableArray<AttributeData> attributes, KnownSymbols known)
    {
        var kinds = RestrictedKinds.None;
        foreach (var attribute in attributes)
        {
            kinds |= KindOf(attribute.AttributeClass, known);
        }

        return kinds;
    }

    private static RestrictedKinds KindOf(INamedTypeSymbol? attributeClass, KnownSymbols known)
    {
        if (attributeClass is null)
        {
            return RestrictedKinds.None;
        }

        if (!InheritsFrom(attributeClass, known.RestrictedPersonalData))
        {
            return IsDataClassification(attributeClass, known) ? RestrictedKinds.Restricted : RestrictedKinds.None;
        }

        if (Is(attributeClass, known.GenderHistory))
        {
            return RestrictedKinds.Restricted | RestrictedKinds.GenderHistory;
        }

        if (Is(attributeClass, known.ImmigrationStatus))
        {
            return RestrictedKinds.Restricted | RestrictedKinds.ImmigrationStatus;
        }

        if (Is(attributeClass, known.SpecialCategoryData))
        {
            return RestrictedKinds.Restricted | RestrictedKinds.SpecialCategory;
        }

        if (Is(attributeClass, known.CriminalOffenceData))
        {
            return RestrictedKinds.Restricted | RestrictedKinds.CriminalOffence;
        }

        return RestrictedKinds.Restricted;
    }

    /// <summary>
    /// A Microsoft.Extensions.Compliance classification (<c>[PrivateData]</c> and the like, derived from
    /// <c>DataClassificationAttribute</c>) marks data its owners chose to protect: it counts as restricted
    /// personal data. <c>[NoDataClassification]</c> and <c>[UnknownDataClassification]</c> claim nothing.
    /// </summary>
    private static bool IsDataClassification(INamedTypeSymbol attributeClass, KnownSymbols known) =>
        known.DataClassificationAttribute is not null
        && InheritsFrom(attributeClass, known.DataClassificationAttribute)
        && !InheritsFrom(attributeClass, known.NoDataClassificationAttribute)
        && !InheritsFrom(attributeClass, known.UnknownDataClassificationAttribute);

    /// <summary>
    /// Attributes written on a positional record parameter land on the parameter, not on the
    /// generated property, unless the author writes <c>[property: ...]</c>. Both count.
    /// </summary>
    private static RestrictedKinds FromPositionalParameter(IPropertySymbol property, KnownSymbols known)
    {
        if (property.IsStatic || property.ContainingType is not { IsRecord: true } record)
        {
            return RestrictedKinds.None;
        }

        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                {
                    var kinds = FromAttributes(parameter.GetAttributes(), known);
                    if (kinds != RestrictedKinds.None)
                    {
                        return kinds;
                    }
                }
            }
        }

        return RestrictedKinds.None;
    }

    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}
