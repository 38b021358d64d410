using System.Collections.Generic;
using System.Collections.Immutable;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers;

/// <summary>
/// Reports types whose <c>ToString()</c> prints restricted members (MARAC006): records left with
/// the generated <c>ToString()</c>, and hand-written <c>ToString()</c> or <c>PrintMembers</c>
/// overrides that put restricted members in their text.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataToStringAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ToStringPrintsRestrictedData);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = DeferredSymbols.For(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbols.Known is { } known)
                    {
                        CheckGeneratedToString(symbol, known);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterOperationBlockAction(block =>
            {
                if (symbols.Known is { } known && symbols.Exposure is { } exposure)
                {
                    CheckHandWritten(block, known, exposure);
                }
            });
        });
    }

    private static void CheckGeneratedToString(SymbolAnalysisContext context, KnownSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.IsRecord || TypeExposure.HasHandWrittenPrintMembers(type))
        {
            return;
        }

        var toString = TypeExposure.EffectiveToString(type);
        if (toString is null || !toString.IsImplicitlyDeclared || !SymbolEqualityComparer.Default.Equals(toString.ContainingType, type))
        {
            return;
        }

        var wholeType = RestrictedMembers.KindsOfType(type, known) != RestrictedKinds.None;
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic
                || member.DeclaredAccessibility != Accessibility.Public
                || member is not (IPropertySymbol { IsIndexer: false, GetMethod: not null } or IFieldSymbol { IsConst: false }))
            {
                continue;
            }

            if (wholeType || RestrictedMembers.KindsOf(member, known) != RestrictedKinds.None)
            {
                var location = type.Locations.Length > 0 ? type.Locations[0] : Location.None;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ToStringPrintsRestrictedData, location, type.Name, member.Name));
                return;
            }
        }
    }

    private static void CheckHandWritten(OperationBlockAnalysisContext context, KnownSymbols known, TypeExposure exposure)
    {
        if (context.OwningSymbol is not IMethodSymbol method || !IsToStringOrPrintMembers(method, out var builder))
        {
            return;
        }

        var findings = new List<Finding>();
        foreach (var block in context.OperationBlocks)
        {
            var flow = new ValueFlow(known, exposure, block);
            foreach (var operation in block.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned } && builder is null)
                {
                    flow.Evaluate(returned, ExposureMode.Formatting, includeTypes: true, findings);
                }
                else if (builder is not null && operation is IInvocationOperation append && IsCalledOn(append, builder))
                {
                    foreach (var argument in append.Arguments)
                    {
                        flow.Evaluate(argument.Value, ExposureMode.Formatting, includeTypes: true, findings);
                    }
                }
            }
        }

        foreach (var finding in findings)
        {
            if (IsInsideNestedFunction(finding.Leaf))
            {
                continue;
            }

            var source = finding.Taint.Source;
            var properties = Redactability.IsRedactable(finding.Leaf)
                ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.RedactableProperty, "true")
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ToStringPrintsRestrictedData,
                finding.Leaf.Syntax.GetLocation(),
                properties,
                method.ContainingType.Name,
                source is null ? finding.Leaf.Syntax.ToString() : TaintDescription.Qualified(source)));
        }
    }

    private static bool IsToStringOrPrintMembers(IMethodSymbol method, out IParameterSymbol? builder)
    {
        builder = null;
        if (method is { Name: "ToString", IsOverride: true, Parameters.Length: 0, ReturnType.SpecialType: SpecialType.System_String })
        {
            return true;
        }

        if (method is { Name: "PrintMembers", Parameters.Length: 1, ContainingType.IsRecord: true, IsImplicitlyDeclared: false })
        {
            builder = method.Parameters[0];
            return true;
        }

        return false;
    }

    /// <summary>True for <c>builder.Append(x)</c> and for each call in <c>builder.Append(a).Append(b)</c>.</summary>
    private static bool IsCalledOn(IInvocationOperation invocation, IParameterSymbol builder)
    {
        var receiver = invocation.Instance;
        while (receiver is IInvocationOperation chained)
        {
            receiver = chained.Instance;
        }

        return receiver is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, builder);
    }

    private static bool IsInsideNestedFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
