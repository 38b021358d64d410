using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// Answers "does passing a whole object of this type to a sink put restricted members in the
/// output?" for each <see cref="ExposureMode"/>. One instance per compilation; answers are cached.
/// </summary>
internal sealed class TypeExposure
{
    private const int MaxDepth = 8;

    private readonly KnownSymbols known;
    private readonly ConcurrentDictionary<ITypeSymbol, Taint>[] cache;

    public TypeExposure(KnownSymbols known)
    {
        this.known = known;
        cache = new ConcurrentDictionary<ITypeSymbol, Taint>[6];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new ConcurrentDictionary<ITypeSymbol, Taint>(SymbolEqualityComparer.Default);
        }
    }

    public Taint Of(ITypeSymbol? type, ExposureMode mode)
    {
        if (type is null || IsOpaque(type))
        {
            return Taint.None;
        }

        // Most calls are answered here, without allocating the walk.
        return cache[(int)mode].TryGetValue(type, out var cached) ? cached : Compute(type, mode, new Walk(), 0);
    }

    private Taint Compute(ITypeSymbol? type, ExposureMode mode, Walk walk, int depth)
    {
        if (type is null || IsOpaque(type) || depth > MaxDepth)
        {
            return Taint.None;
        }

        var store = cache[(int)mode];
        if (store.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (!walk.InProgress.Add(type))
        {
            walk.CycleHits++;
            return Taint.None;
        }

        var hitsBefore = walk.CycleHits;
        var typeKinds = RestrictedMembers.KindsOfType(type, known);
        var result = typeKinds != RestrictedKinds.None ? new Taint(typeKinds, type, viaType: true)
            : type is IArrayTypeSymbol array ? Compute(array.ElementType, mode, walk, depth + 1)
            : type is INamedTypeSymbol named ? ComputeNamed(named, mode, walk, depth)
            : Taint.None;
        walk.InProgress.Remove(type);

        // An answer found while a type on the stack was skipped may be incomplete: keep only sure ones.
        if (result.IsTainted || walk.CycleHits == hitsBefore)
        {
            store.TryAdd(type, result);
        }

        return result;
    }

    private Taint ComputeNamed(INamedTypeSymbol type, ExposureMode mode, Walk walk, int depth)
    {
        var result = Taint.None;
        foreach (var element in ElementTypes(type))
        {
            result = result.Merge(Compute(element, mode, walk, depth + 1));
        }

        if (result.IsTainted || IsFrameworkType(type))
        {
            return result;
        }

        // Every exposed member is looked at, not only the first restricted one: a gender-history,
        // immigration-status, special category or criminal-offence member anywhere in the object (or
        // nested in it) puts the object under the stricter rules, as the member alone would be.
        foreach (var member in ExposedMembers(type, mode))
        {
            var kinds = RestrictedMembers.KindsOf(member, known);
            var memberTaint = kinds != RestrictedKinds.None
                ? new Taint(kinds, member, viaType: true)
                : Compute(TypeOf(member), mode, walk, depth + 1);
            result = result.WithStrictOf(memberTaint);
            if (result.Has(RestrictedKinds.GenderHistory) && result.Has(RestrictedKinds.ImmigrationStatus)
                && result.SensitiveKinds == (RestrictedKinds.SpecialCategory | RestrictedKinds.CriminalOffence))
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Item types of sequences and the type arguments of framework generics (tuples, pairs, tasks, lists).</summary>
    private IEnumerable<ITypeSymbol> ElementTypes(INamedTypeSymbol type)
    {
        if (IsFrameworkType(type))
        {
            foreach (var argument in type.TypeArguments)
            {
                yield return argument;
            }

            yield break;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, known.GenericEnumerable))
            {
                yield return implemented.TypeArguments[0];
            }
        }
    }

    private IEnumerable<ISymbol> ExposedMembers(INamedTypeSymbol type, ExposureMode mode)
    {
        if (mode == ExposureMode.Formatting)
        {
            return PrintedMembers(type);
        }

        var dataContractOnly = mode == ExposureMode.DataContract && SymbolAttributes.Has(type, known.DataContract);
        var members = new List<ISymbol>();
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || !seen.Add(member.Name))
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } or IFieldSymbol { IsConst: false }
                    && IsSerialised(member, mode, dataContractOnly))
                {
                    members.Add(member);
                }
            }
        }

        return members;
    }

    private bool IsSerialised(ISymbol member, ExposureMode mode, bool dataContractOnly)
    {
        if (dataContractOnly)
        {
            return SymbolAttributes.Has(member, known.DataMember);
        }

        if (member.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        return mode switch
        {
            ExposureMode.SystemTextJson => member is IPropertySymbol && !IsAlwaysIgnoredBySystemTextJson(member),
            ExposureMode.NewtonsoftJson => !SymbolAttributes.Has(member, known.NewtonsoftIgnore),
            ExposureMode.Xml => !SymbolAttributes.Has(member, known.XmlIgnore),
            ExposureMode.DataContract => !SymbolAttributes.Has(member, known.IgnoreDataMember),
            _ => true,
        };
    }

    private bool IsAlwaysIgnoredBySystemTextJson(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (!RestrictedMembers.Is(attribute.AttributeClass, known.StjIgnore))
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                // JsonIgnoreCondition.Always is 1; the other conditions still write the member.
                if (named.Key == "Condition" && named.Value.Value is int condition && condition != 1)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The members a type's <c>ToString()</c> prints: none when it keeps object's or a hand-written
    /// one (the ToString rule checks hand-written ones), and the public members when it is a
    /// record's generated one.
    /// </summary>
    private IEnumerable<ISymbol> PrintedMembers(INamedTypeSymbol type)
    {
        var toString = EffectiveToString(type);
        if (toString is null || !toString.IsImplicitlyDeclared)
        {
            yield break;
        }

        for (var current = type; current is { IsRecord: true }; current = current.BaseType)
        {
            if (HasHandWrittenPrintMembers(current))
            {
                yield break;
            }

            foreach (var member in current.GetMembers())
            {
                if (!member.IsStatic
                    && member.DeclaredAccessibility == Accessibility.Public
                    && member is IPropertySymbol { IsIndexer: false, GetMethod: not null } or IFieldSymbol { IsConst: false })
                {
                    yield return member;
                }
            }
        }
    }

    public static IMethodSymbol? EffectiveToString(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum)
            {
                return null;
            }

            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0 } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    public static bool HasHandWrittenPrintMembers(INamedTypeSymbol record)
    {
        foreach (var member in record.GetMembers("PrintMembers"))
        {
            if (!member.IsImplicitlyDeclared)
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private static bool IsOpaque(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None
        || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Pointer or TypeKind.Dynamic or TypeKind.Error or TypeKind.TypeParameter or TypeKind.FunctionPointer;

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" or "Newtonsoft" or "Serilog" or "NLog" };
    }

    private sealed class Walk
    {
        public HashSet<ITypeSymbol> InProgress { get; } = new(SymbolEqualityComparer.Default);

        public int CycleHits { get; set; }
    }
}
