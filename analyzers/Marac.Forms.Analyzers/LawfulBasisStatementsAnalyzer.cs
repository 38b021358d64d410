using System.Collections.Immutable;
using Marac.Forms.Analyzers.Clearance;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers;

/// <summary>
/// Reports a lawful basis, as a <c>[LawfulBasis]</c> attribute (wherever it is applied) or a <c>LawfulBasis</c> value written
/// in code, whose reasons, extent or permitted use is empty (MARAC005).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LawfulBasisStatementsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.IncompleteLawfulBasis);

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

            System.Action<OperationAnalysisContext> WithLawfulBasis(System.Action<OperationAnalysisContext, KnownSymbols> check) => context =>
            {
                if (symbols.Known is { LawfulBasis: not null, LawfulBasisAttribute: not null } known)
                {
                    check(context, known);
                }
            };

            start.RegisterOperationAction(WithLawfulBasis(CheckAttribute), OperationKind.Attribute);

            // The compiler gives no attribute operations for local functions and lambdas.
            start.RegisterOperationAction(
                WithLawfulBasis((operation, known) => CheckAttributeData(((ILocalFunctionOperation)operation.Operation).Symbol, known, operation.ReportDiagnostic)),
                OperationKind.LocalFunction);
            start.RegisterOperationAction(
                WithLawfulBasis((operation, known) => CheckAttributeData(((IAnonymousFunctionOperation)operation.Operation).Symbol, known, operation.ReportDiagnostic)),
                OperationKind.AnonymousFunction);
            start.RegisterOperationAction(WithLawfulBasis(CheckCreation), OperationKind.ObjectCreation);
            start.RegisterOperationAction(WithLawfulBasis(CheckWith), OperationKind.With);
            start.RegisterOperationAction(WithLawfulBasis(CheckFactory), OperationKind.Invocation);
        });
    }

    private static void CheckAttribute(OperationAnalysisContext context, KnownSymbols known)
    {
        var attribute = (IAttributeOperation)context.Operation;
        if (attribute.Operation is not IObjectCreationOperation creation || !RestrictedMembers.Is(creation.Type, known.LawfulBasisAttribute))
        {
            return;
        }

        var statements = BasisStatements.AllUnknown;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            {
                statements = statements.With(argument.Parameter.Name, BasisStatements.StateOf(argument.Value));
            }
        }

        Report(context, attribute, statements);
    }

    /// <summary>What a <c>[LawfulBasis]</c> attribute's constructor arguments state.</summary>
    internal static BasisStatements StatementsOf(AttributeData attribute)
    {
        var statements = BasisStatements.AllUnknown;
        if (attribute.AttributeConstructor is null)
        {
            return statements;
        }

        var parameters = attribute.AttributeConstructor.Parameters;
        for (var i = 0; i < parameters.Length && i < attribute.ConstructorArguments.Length; i++)
        {
            if (parameters[i].Type.SpecialType == SpecialType.System_String)
            {
                statements = statements.With(parameters[i].Name, BasisStatements.StateOf(attribute.ConstructorArguments[i]));
            }
        }

        return statements;
    }

    private static void CheckAttributeData(IMethodSymbol symbol, KnownSymbols known, System.Action<Diagnostic> report)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!RestrictedMembers.Is(attribute.AttributeClass, known.LawfulBasisAttribute) || attribute.AttributeConstructor is null)
            {
                continue;
            }

            var statements = StatementsOf(attribute);
            if (statements.MissingInWords() is { } missing && attribute.ApplicationSyntaxReference is { } syntax)
            {
                report(Diagnostic.Create(Descriptors.IncompleteLawfulBasis, syntax.GetSyntax().GetLocation(), missing));
            }
        }
    }

    private static void CheckCreation(OperationAnalysisContext context, KnownSymbols known)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!known.IsLawfulBasis(creation.Type) || IsWithOperand(creation))
        {
            return;
        }

        if (creation.Initializer is null && IsStorageDefault(creation))
        {
            return;
        }

        Report(context, creation, StatementsOf(creation, known));
    }

    private static void CheckWith(OperationAnalysisContext context, KnownSymbols known)
    {
        var with = (IWithOperation)context.Operation;
        if (known.IsLawfulBasis(with.Type))
        {
            Report(context, with, StatementsOf(with, known));
        }
    }

    private static void CheckFactory(OperationAnalysisContext context, KnownSymbols known)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: "For" or "ForLawEnforcement", IsStatic: true } && known.IsLawfulBasis(invocation.TargetMethod.ContainingType))
        {
            Report(context, invocation, StatementsOf(invocation, known));
        }
    }

    internal static BasisStatements StatementsOf(IOperation operation, KnownSymbols known)
    {
        switch (OperationTree.Unwrap(operation))
        {
            case IObjectCreationOperation creation when known.IsLawfulBasis(creation.Type):
                return Apply(BasisStatements.AllEmpty, creation.Initializer);
            case IWithOperation with:
                return Apply(StatementsOf(with.Operand, known), with.Initializer);
            case IInvocationOperation { TargetMethod: { Name: "For" or "ForLawEnforcement", IsStatic: true } } factory when known.IsLawfulBasis(factory.TargetMethod.ContainingType):
                var statements = BasisStatements.AllUnknown;
                foreach (var argument in factory.Arguments)
                {
                    if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                    {
                        statements = statements.With(argument.Parameter.Name, BasisStatements.StateOf(argument.Value));
                    }
                }

                return statements;
            default:
                return BasisStatements.AllUnknown;
        }
    }

    private static BasisStatements Apply(BasisStatements statements, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null)
        {
            return statements;
        }

        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                statements = statements.With(target.Property.Name, BasisStatements.StateOf(target.Property.Name, assignment.Value));
            }
        }

        return statements;
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, BasisStatements statements)
    {
        if (statements.MissingInWords() is { } missing)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.IncompleteLawfulBasis, operation.Syntax.GetLocation(), missing));
        }
    }

    private static bool IsWithOperand(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IWithOperation;
    }

    /// <summary>
    /// <c>new LawfulBasis()</c> with nothing set, stored as a member's default (as records holding a
    /// basis do so it is never null), is a blank to be filled, not a basis someone relies on.
    /// </summary>
    private static bool IsStorageDefault(IOperation creation)
    {
        var current = creation;
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or ICoalesceOperation or IConditionalOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IFieldInitializerOperation or IPropertyInitializerOperation => true,
            ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current) =>
                assignment.Target is IFieldReferenceOperation or IPropertyReferenceOperation,
            _ => false,
        };
    }
}
