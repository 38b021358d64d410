using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Clearance;

/// <summary>
/// Finds the lawful basis recorded for a disclosure at a sink call: a <c>LawfulBasis</c> passed to
/// the same call, an enclosing <c>using DisclosureScope.Begin(basis)</c>, a <c>[LawfulBasis]</c> on
/// an enclosing member or type, or a <c>LawfulBasis</c> parameter of an enclosing method (its
/// callers had to supply one).
/// </summary>
internal static class LawfulBasisFinder
{
    private const int MaxDepth = 6;

    public static RecordedBasis Find(IOperation sink, ISymbol owningSymbol, KnownSymbols known, ValueFlow flow)
    {
        if (known.LawfulBasis is null)
        {
            return RecordedBasis.None;
        }

        var basis = FromArguments(sink, known, flow);
        IOperation child = sink;
        for (var parent = sink.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IUsingOperation usingOperation when !ReferenceEquals(usingOperation.Resources, child):
                    basis = basis.Or(FromScopeResource(usingOperation.Resources, known, flow));
                    break;
                case IBlockOperation block:
                    basis = basis.Or(FromUsingDeclarationsBefore(block, child, known, flow));
                    break;
                case IAnonymousFunctionOperation function:
                    basis = basis.Or(FromSymbol(function.Symbol, known));
                    break;
                case ILocalFunctionOperation localFunction:
                    basis = basis.Or(FromSymbol(localFunction.Symbol, known));
                    break;
            }
        }

        basis = basis.Or(FromSymbol(owningSymbol, known));
        if (owningSymbol is IMethodSymbol { AssociatedSymbol: { } property })
        {
            basis = basis.Or(FromSymbol(property, known));
        }

        for (var type = owningSymbol.ContainingType; type is not null; type = type.ContainingType)
        {
            basis = basis.Or(FromAttributes(type, known));
        }

        return basis;
    }

    /// <summary>What a <c>LawfulBasis</c>-typed expression visibly records, or nothing when it is null.</summary>
    public static RecordedBasis Facts(IOperation? value, KnownSymbols known, ValueFlow flow, int depth = 0)
    {
        if (value is null || depth > MaxDepth)
        {
            return RecordedBasis.None;
        }

        var operation = OperationTree.Unwrap(value);
        if (operation.ConstantValue is { HasValue: true, Value: null } || operation is IDefaultValueOperation
            || LawfulBasisStatementsAnalyzer.StatementsOf(operation, known).MissingInWords() is not null)
        {
            return RecordedBasis.None;
        }

        switch (operation)
        {
            case IObjectCreationOperation creation:
                return FromInitializer(RecordedBasis.Stated, creation.Initializer);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "For" or "ForLawEnforcement" } factory } when known.IsLawfulBasis(factory.ContainingType):
                // The factories state the Article 6 (or s.35) basis and nothing of Article 9 or 10; Part 3 covers offence data itself.
                return factory.Name == "For" ? RecordedBasis.Stated : RecordedBasis.Stated.With(lacksArticle10: false);
            case IWithOperation with:
                return FromInitializer(Facts(with.Operand, known, flow, depth + 1), with.Initializer);
            case IInvocationOperation invocation when RestrictedMembers.Is(invocation.TargetMethod.ContainingType, known.LawfulBasisRequirements):
                var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                var inner = Facts(receiver, known, flow, depth + 1);
                return invocation.TargetMethod.Name switch
                {
                    "RequireGenderRecognitionExemption" => inner.With(genderRecognitionExemption: true),
                    "RequireImmigrationSharingAgreement" => inner.With(immigrationSharing: true),
                    "RequireImmigrationEnforcementDisclosure" => inner.With(enforcementAgreement: true, enforcementProtectsVictim: true),
                    _ => inner,
                };
            case ILocalReferenceOperation local:
                var sources = flow.SourcesOf(local.Local);
                if (sources.Count == 0)
                {
                    return RecordedBasis.Plain;
                }

                var all = Facts(sources[0], known, flow, depth + 1);
                for (var i = 1; i < sources.Count; i++)
                {
                    all = all.And(Facts(sources[i], known, flow, depth + 1));
                }

                return all;
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Facts(conditional.WhenTrue, known, flow, depth + 1).And(Facts(conditional.WhenFalse, known, flow, depth + 1));
            case ICoalesceOperation coalesce:
                return Facts(coalesce.Value, known, flow, depth + 1).And(Facts(coalesce.WhenNull, known, flow, depth + 1));
            default:
                return RecordedBasis.Plain;
        }
    }

    private static RecordedBasis FromArguments(IOperation sink, KnownSymbols known, ValueFlow flow)
    {
        var basis = RecordedBasis.None;
        var arguments = sink switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty,
        };
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            foreach (var value in ArgumentValues.Of(argument))
            {
                basis = basis.Or(IfBasis(value, known, flow));
            }
        }

        return basis;
    }

    private static RecordedBasis IfBasis(IOperation value, KnownSymbols known, ValueFlow flow) =>
        known.IsLawfulBasis(OperationTree.Unwrap(value).Type) ? Facts(value, known, flow) : RecordedBasis.None;

    private static RecordedBasis FromUsingDeclarationsBefore(IBlockOperation block, IOperation child, KnownSymbols known, ValueFlow flow)
    {
        var basis = RecordedBasis.None;
        foreach (var statement in block.Operations)
        {
            if (ReferenceEquals(statement, child))
            {
                break;
            }

            if (statement is IUsingDeclarationOperation usingDeclaration)
            {
                basis = basis.Or(FromScopeResource(usingDeclaration.DeclarationGroup, known, flow));
            }
            else if (statement is IVariableDeclarationGroupOperation declarations && child is ITryOperation { Finally: { } cleanup } tried
                && !ReferenceEquals(tried.Finally, child))
            {
                // var scope = DisclosureScope.Begin(basis); try { ... } finally { scope.Dispose(); }
                foreach (var declaration in declarations.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (Disposes(cleanup, declarator.Symbol))
                        {
                            basis = basis.Or(FromScopeCreation(declarator.Initializer?.Value ?? declaration.Initializer?.Value, known, flow));
                        }
                    }
                }
            }
        }

        return basis;
    }

    private static bool Disposes(IOperation cleanup, ILocalSymbol local)
    {
        foreach (var operation in OperationTree.OwnDescendants(cleanup))
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Dispose" } dispose
                && OperationTree.Unwrap(dispose.Instance ?? cleanup) is ILocalReferenceOperation disposed
                && SymbolEqualityComparer.Default.Equals(disposed.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static RecordedBasis FromScopeResource(IOperation resource, KnownSymbols known, ValueFlow flow)
    {
        var basis = RecordedBasis.None;
        if (OperationTree.Unwrap(resource) is IVariableDeclarationGroupOperation group)
        {
            foreach (var declaration in group.Declarations)
            {
                foreach (var declarator in declaration.Declarators)
                {
                    basis = basis.Or(FromScopeCreation(declarator.Initializer?.Value ?? declaration.Initializer?.Value, known, flow));
                }
            }

            return basis;
        }

        return FromScopeCreation(resource, known, flow);
    }

    private static RecordedBasis FromScopeCreation(IOperation? value, KnownSymbols known, ValueFlow flow)
    {
        if (value is not null
            && OperationTree.Unwrap(value) is IInvocationOperation { TargetMethod.Name: "Begin", Arguments.Length: > 0 } begin
            && RestrictedMembers.Is(begin.TargetMethod.ContainingType, known.DisclosureScope))
        {
            return Facts(begin.Arguments[0].Value, known, flow);
        }

        return RecordedBasis.None;
    }

    private static RecordedBasis FromSymbol(ISymbol symbol, KnownSymbols known)
    {
        var basis = FromAttributes(symbol, known);
        if (symbol is IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (known.IsLawfulBasis(parameter.Type)
                    && parameter.NullableAnnotation != NullableAnnotation.Annotated
                    && !(parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is null))
                {
                    basis = basis.Or(RecordedBasis.Plain);
                }
            }
        }

        return basis;
    }

    /// <summary>
    /// A <c>[LawfulBasis]</c> whose basis, reasons, extent or permitted use is known to be empty records
    /// nothing and clears nothing, even where the incomplete-basis rule is turned off.
    /// </summary>
    private static RecordedBasis FromAttributes(ISymbol symbol, KnownSymbols known)
    {
        var basis = RecordedBasis.None;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!RestrictedMembers.Is(attribute.AttributeClass, known.LawfulBasisAttribute)
                || LawfulBasisStatementsAnalyzer.StatementsOf(attribute).MissingInWords() is not null)
            {
                // An incomplete basis records nothing, whether or not MARAC005 is turned on.
                continue;
            }

            var found = RecordedBasis.Stated;
            var conditions = new SensitiveConditions
            {
                LawEnforcement = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Type?.Name == "LawEnforcementBasis",
            };
            foreach (var named in attribute.NamedArguments)
            {
                var number = named.Value.Value as int?;
                switch (named.Key)
                {
                    case "Article9": conditions.Article9 = number; break;
                    case "Schedule1": conditions.Schedule1 = number; break;
                    case "Article10": conditions.Article10 = number; break;
                    case "Schedule8": conditions.Schedule8 = number; break;
                }

                found = named.Key switch
                {
                    "GenderRecognitionExemption" when named.Value.Value is int exemption => found.With(genderRecognitionExemption: exemption != 0),
                    "ImmigrationSharingAgreement" => found.With(immigrationSharing: IsStatedText(named.Value.Value)),
                    "ImmigrationEnforcementAgreement" => found.With(enforcementAgreement: IsStatedText(named.Value.Value)),
                    "ImmigrationEnforcementToProtectVictim" when named.Value.Value is bool protects => found.With(enforcementProtectsVictim: protects),
                    _ => found,
                };
            }

            basis = basis.Or(found.With(lacksArticle9: conditions.LacksArticle9, lacksArticle10: conditions.LacksArticle10));
        }

        return basis;
    }

    private static RecordedBasis FromInitializer(RecordedBasis basis, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null || !basis.Found)
        {
            return basis;
        }

        var conditions = new SensitiveConditions();
        bool article9Set = false, article10Set = false;
        foreach (var item in initializer.Initializers)
        {
            if (item is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                continue;
            }

            var constant = OperationTree.Unwrap(assignment.Value).ConstantValue;
            var number = constant is { HasValue: true, Value: int value } ? value : 0;
            switch (target.Property.Name)
            {
                case "Regime":
                    conditions.LawEnforcement = number == 1;
                    article10Set = true;
                    break;
                case "Article9":
                    conditions.Article9 = number;
                    article9Set = true;
                    break;
                case "Schedule1":
                    conditions.Schedule1 = number;
                    break;
                case "Schedule8":
                    conditions.Schedule8 = number;
                    article9Set = true;
                    break;
                case "Article10":
                    conditions.Article10 = number;
                    article10Set = true;
                    break;
                case "GenderRecognitionExemption":
                    // Only a named exemption counts: a value computed at run time may be None.
                    basis = basis.With(genderRecognitionExemption: constant is { HasValue: true, Value: int exemption } && exemption != 0);
                    break;
                case "ImmigrationSharingAgreement":
                    basis = basis.With(immigrationSharing: IsRecordedAgreement(assignment.Value));
                    break;
                case "ImmigrationEnforcementAgreement":
                    basis = basis.With(enforcementAgreement: IsRecordedAgreement(assignment.Value));
                    break;
                case "ImmigrationEnforcementToProtectVictim":
                    basis = basis.With(enforcementProtectsVictim: constant is { HasValue: true, Value: true });
                    break;
            }
        }

        // Only conditions the initialiser sets change what the basis visibly covers; a value computed at run
        // time counts as none.
        if (article9Set)
        {
            basis = basis.With(lacksArticle9: conditions.LacksArticle9);
        }

        if (article10Set)
        {
            basis = basis.With(lacksArticle10: conditions.LacksArticle10);
        }

        return basis;
    }

    private static bool IsStatedText(object? value) => value is string text && text.Trim().Length > 0;

    /// <summary>
    /// A MARAC agreement the compiler can see is recorded: <c>MaracAgreement.Minute("...")</c> with a stated
    /// reference, <c>MaracAgreement.On(date)</c>, or <c>new MaracAgreement { ... }</c> setting a stated minute
    /// reference or a date. A value computed at run time may be empty, so it does not count.
    /// </summary>
    private static bool IsRecordedAgreement(IOperation value)
    {
        switch (OperationTree.Unwrap(value))
        {
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Minute" } } minute when minute.Arguments.Length == 1:
                return IsStatedText(OperationTree.Unwrap(minute.Arguments[0].Value).ConstantValue.Value);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "On" } } on when on.Arguments.Length == 1:
                return true;
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var item in initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                    {
                        var assigned = OperationTree.Unwrap(assignment.Value);
                        if ((target.Property.Name == "MinuteReference" && IsStatedText(assigned.ConstantValue.Value))
                            || (target.Property.Name == "AgreedOn" && !(assigned.ConstantValue is { HasValue: true, Value: null }) && assigned is not IDefaultValueOperation))
                        {
                            return true;
                        }
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
