using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// Follows values within one method body: which restricted members an expression carries, through
/// locals, interpolation, concatenation, <c>string.Format</c>, string builders, anonymous objects,
/// tuples, initialisers, <c>?:</c> and <c>??</c>, and whole objects whose type holds restricted members.
/// Locals are followed without regard to order: a local carries whatever is ever assigned to it.
/// One instance per body being checked; not shared between threads.
/// </summary>
internal sealed class ValueFlow
{
    private readonly KnownSymbols known;
    private readonly TypeExposure exposure;
    private readonly IOperation root;
    private readonly Dictionary<LocalKey, Taint> localTaints = new();
    private readonly HashSet<ILocalSymbol> evaluating = new(SymbolEqualityComparer.Default);
    private Dictionary<ILocalSymbol, bool>? cleanSources;
    private Dictionary<ILocalSymbol, List<IOperation>>? localSources;

    /// <summary>Expressions nested deeper than this (a generated table, a thousand-part concatenation) are not followed further, so the stack stays bounded.</summary>
    private const int MaxNesting = 160;

    private readonly MethodSummaries? summaries;
    private readonly ImmutableHashSet<IMethodSymbol> summarising;
    private int depth;

    public ValueFlow(KnownSymbols known, TypeExposure exposure, IOperation root, MethodSummaries? summaries = null, ImmutableHashSet<IMethodSymbol>? summarising = null)
    {
        this.known = known;
        this.exposure = exposure;
        this.root = root;
        this.summaries = summaries;
        this.summarising = summarising ?? ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>The summary of an app method called here, or null when there is none to use.</summary>
    public MethodSummary? SummaryOf(IMethodSymbol method) => summaries?.Of(method, summarising);

    /// <summary>
    /// The restricted data <paramref name="operation"/> carries. When <paramref name="findings"/> is
    /// given, each smallest written sub-expression that carries some is added to it.
    /// </summary>
    public Taint Evaluate(IOperation? operation, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        if (operation is null || operation.ConstantValue.HasValue || depth >= MaxNesting)
        {
            return Taint.None;
        }

        depth++;
        try
        {
            return EvaluateNested(operation, mode, includeTypes, findings);
        }
        finally
        {
            depth--;
        }
    }

    private Taint EvaluateNested(IOperation operation, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        if (operation.Kind is OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.PropertyReference
            or OperationKind.FieldReference or OperationKind.Literal or OperationKind.InstanceReference)
        {
            // Most values looked at are plain reads: one comparison instead of a type test per case below.
            return Leaf(operation, mode, includeTypes, findings);
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, mode, includeTypes, findings);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand, mode, includeTypes, findings);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Evaluate(handler.Content, mode, includeTypes, findings);
            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolation(interpolated, includeTypes, findings);
            case IBinaryOperation binary:
                if (IsNonIdentifying(binary.Type))
                {
                    var answer = Evaluate(binary.LeftOperand, mode, includeTypes: false, findings: null)
                        .Merge(Evaluate(binary.RightOperand, mode, includeTypes: false, findings: null))
                        .OnlyStrict();
                    if (answer.IsTainted)
                    {
                        findings?.Add(new Finding(binary, answer));
                    }

                    return answer;
                }

                var operandMode = binary.Type?.SpecialType == SpecialType.System_String ? ExposureMode.Formatting : mode;
                return Evaluate(binary.LeftOperand, operandMode, includeTypes, findings)
                    .Merge(Evaluate(binary.RightOperand, operandMode, includeTypes, findings));
            case IConditionalOperation { WhenFalse: not null } conditional:
                // Which branch is written gives away the condition: that counts for the strict kinds' yes/no.
                var chosenBy = Evaluate(conditional.Condition, mode, includeTypes: false, findings: null).OnlyStrict();
                if (chosenBy.IsTainted)
                {
                    findings?.Add(new Finding(conditional.Condition, chosenBy));
                }

                return chosenBy.Merge(Evaluate(conditional.WhenTrue, mode, includeTypes, findings))
                    .Merge(Evaluate(conditional.WhenFalse, mode, includeTypes, findings));
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, mode, includeTypes, findings)
                    .Merge(Evaluate(coalesce.WhenNull, mode, includeTypes, findings));
            case IAnonymousObjectCreationOperation anonymous:
                return EvaluateInitializers(anonymous.Initializers, mode, includeTypes, findings);
            case ITupleOperation tuple:
                return EvaluateAll(tuple.Elements, mode, includeTypes, findings);
            case IObjectCreationOperation creation when Sinks.SinkClassifier.IsReportedWhereBuilt(creation.Type, known):
                return Taint.None;
            case IObjectCreationOperation creation:
                return EvaluateCreation(creation, mode, includeTypes, findings);
            case IArrayCreationOperation array:
                return array.Initializer is null ? Taint.None : Evaluate(array.Initializer, mode, includeTypes, findings);
            case IArrayInitializerOperation arrayInitializer:
                return EvaluateAll(arrayInitializer.ElementValues, mode, includeTypes, findings);
            case IObjectOrCollectionInitializerOperation initializer:
                return EvaluateInitializers(initializer.Initializers, mode, includeTypes, findings);
            case IMemberInitializerOperation memberInitializer:
                return Evaluate(memberInitializer.Initializer, mode, includeTypes, findings);
            case ISwitchExpressionOperation switchExpression:
                var arms = Taint.None;
                foreach (var arm in switchExpression.Arms)
                {
                    arms = arms.Merge(Evaluate(arm.Value, mode, includeTypes, findings));
                }

                return arms;
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, mode, includeTypes, findings);
            case IInvocationOperation invocation when IsRedaction(invocation):
                return Taint.None;
            case IInvocationOperation invocation when IsFormattingCombinator(invocation):
                return EvaluateArguments(invocation.Arguments, ExposureMode.Formatting, includeTypes, findings);
            case IArgumentOperation handed when IsHandedOutByCall(handed):
                // Reached as the source of the local it names: what the call hands back through it.
                return HandedOut(handed);
            case IArgumentOperation argument:
                return Evaluate(argument.Value, mode, includeTypes, findings);
            default:
                return Leaf(operation, mode, includeTypes, findings);
        }
    }

    private Taint Leaf(IOperation operation, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        var taint = LeafTaint(operation, mode, includeTypes);
        if (taint.IsTainted)
        {
            findings?.Add(new Finding(operation, taint));
        }

        return taint;
    }

    private Taint EvaluateInterpolation(IInterpolatedStringOperation interpolated, bool includeTypes, List<Finding>? findings)
    {
        var taint = Taint.None;
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation hole:
                    taint = taint.Merge(Evaluate(hole.Expression, ExposureMode.Formatting, includeTypes, findings));
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append }:
                    taint = taint.Merge(Evaluate(append.Arguments[0].Value, ExposureMode.Formatting, includeTypes, findings));
                    break;
            }
        }

        return taint;
    }

    private Taint EvaluateCreation(IObjectCreationOperation creation, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        var argumentMode = RestrictedMembers.Is(creation.Type, known.StringBuilder) ? ExposureMode.Formatting : mode;
        var taint = EvaluateArguments(creation.Arguments, argumentMode, includeTypes, findings);
        if (creation.Initializer is not null)
        {
            taint = taint.Merge(Evaluate(creation.Initializer, mode, includeTypes, findings));
        }

        if (!taint.IsTainted && includeTypes)
        {
            taint = exposure.Of(creation.Type, mode);
            if (taint.IsTainted)
            {
                findings?.Add(new Finding(creation, taint));
            }
        }

        return taint;
    }

    private Taint EvaluateInitializers(IEnumerable<IOperation> initializers, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        var taint = Taint.None;
        foreach (var initializer in initializers)
        {
            switch (initializer)
            {
                case IAssignmentOperation assignment:
                    taint = taint.Merge(Evaluate(assignment.Value, mode, includeTypes, findings));
                    break;
                case IInvocationOperation add:
                    taint = taint.Merge(EvaluateArguments(add.Arguments, mode, includeTypes, findings));
                    break;
                default:
                    taint = taint.Merge(Evaluate(initializer, mode, includeTypes, findings));
                    break;
            }
        }

        return taint;
    }

    private Taint EvaluateArguments(IEnumerable<IArgumentOperation> arguments, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        var taint = Taint.None;
        foreach (var argument in arguments)
        {
            taint = taint.Merge(Evaluate(argument.Value, mode, includeTypes, findings));
        }

        return taint;
    }

    private Taint EvaluateAll(IEnumerable<IOperation> operations, ExposureMode mode, bool includeTypes, List<Finding>? findings)
    {
        var taint = Taint.None;
        foreach (var operation in operations)
        {
            taint = taint.Merge(Evaluate(operation, mode, includeTypes, findings));
        }

        return taint;
    }

    /// <summary>The data an expression that is not built from parts carries.</summary>
    private Taint LeafTaint(IOperation operation, ExposureMode mode, bool includeTypes)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                var own = LocalTaint(local.Local, mode, includeTypes);
                if (own.IsTainted && HasCleanSource(local.Local) && IsClearedBeforeUse(local))
                {
                    own = Taint.None;
                }

                return own.Merge(TypeTaint(local.Local.Type, mode, includeTypes));
            case IParameterReferenceOperation parameter:
                return RestrictedMembers.TaintOf(parameter.Parameter, known).Merge(TypeTaint(parameter.Parameter.Type, mode, includeTypes));
            case IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member:
                return MemberTaint(member, mode, includeTypes);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, mode, includeTypes: false, findings: null).Merge(TypeTaint(element.Type, mode, includeTypes));
            case IInvocationOperation invocation:
                return InvocationTaint(invocation, mode, includeTypes);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input:
                // The value a property pattern reads from: `home is { Address: var a }` reads home.Address.
                return Evaluate(PatternInputOf(input), mode, includeTypes: false, findings: null).Merge(TypeTaint(input.Type, mode, includeTypes));
            case IInstanceReferenceOperation instance:
                return TypeTaint(instance.Type, mode, includeTypes);
            case IConditionalAccessOperation conditionalAccess:
                return Evaluate(conditionalAccess.WhenNotNull, mode, includeTypes, findings: null);
            case IConditionalAccessInstanceOperation accessInstance:
                return ConditionalAccessTarget(accessInstance) is { } target ? Evaluate(target, mode, includeTypes, findings: null) : Taint.None;
            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target, mode, includeTypes, findings: null);
            case IAnonymousFunctionOperation function:
                var returned = Taint.None;
                foreach (var value in OperationTree.ReturnedValues(function.Body))
                {
                    returned = returned.Merge(Evaluate(value, mode, includeTypes, findings: null));
                }

                return returned;
            case IAssignmentOperation assignment:
                return Evaluate(assignment.Value, mode, includeTypes, findings: null);
            case IUnaryOperation unary:
                return IsNonIdentifying(unary.Type)
                    ? Evaluate(unary.Operand, mode, includeTypes: false, findings: null).OnlyStrict()
                    : Evaluate(unary.Operand, mode, includeTypes, findings: null);
            case IIsPatternOperation isPattern:
                return Evaluate(isPattern.Value, mode, includeTypes: false, findings: null).OnlyStrict();
            case IIsTypeOperation isType:
                return Evaluate(isType.ValueOperand, mode, includeTypes: false, findings: null).OnlyStrict();
            case ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or INameOfOperation or ISizeOfOperation
                or IDeclarationExpressionOperation:
                return Taint.None;
            default:
                var taint = Taint.None;
                foreach (var child in operation.ChildOperations)
                {
                    taint = taint.Merge(Evaluate(child, mode, includeTypes, findings: null));
                }

                return taint;
        }
    }

    private Taint MemberTaint(IMemberReferenceOperation reference, ExposureMode mode, bool includeTypes)
    {
        var own = RestrictedMembers.TaintOfMember(reference.Member, reference.Instance?.Type, known);
        if (own.IsTainted)
        {
            return own;
        }

        var taint = TypeTaint(reference.Type, mode, includeTypes);
        if (reference.Instance is not null && !IsSize(reference.Member))
        {
            // A value read from inside restricted data, at any depth, is restricted data; a yes/no read
            // from inside it counts only for the strict kinds, as a yes/no about the value itself does.
            var inner = Evaluate(reference.Instance, mode, includeTypes: false, findings: null);
            taint = taint.Merge(IsNonIdentifying(reference.Type) ? inner.OnlyStrict() : inner);
        }

        return taint;
    }

    private Taint InvocationTaint(IInvocationOperation invocation, ExposureMode mode, bool includeTypes)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        var receiver = invocation.Instance;
        var firstArgument = 0;
        if (receiver is null && method.IsExtensionMethod && arguments.Length > 0)
        {
            receiver = arguments[0].Value;
            firstArgument = 1;
        }

        var taint = Taint.None;
        if (IsNonIdentifying(invocation.Type))
        {
            // string.IsNullOrEmpty(status), list.Any(...): only the strict kinds' yes/no counts.
            if (receiver is not null)
            {
                taint = Evaluate(receiver, mode, includeTypes: false, findings: null);
            }

            for (var i = firstArgument; i < arguments.Length; i++)
            {
                taint = taint.Merge(Evaluate(arguments[i].Value, mode, includeTypes: false, findings: null));
            }

            return taint.OnlyStrict();
        }

        if (method.Name == "ToString" && receiver is not null)
        {
            // Calling ToString() prints the object whatever the sink does with the text.
            taint = Evaluate(receiver, ExposureMode.Formatting, includeTypes: true, findings: null);
        }
        else if (!IsNonIdentifying(invocation.Type) && !IsSize(method))
        {
            if (receiver is not null)
            {
                taint = Evaluate(receiver, mode, includeTypes: false, findings: null);
            }

            var summary = SummaryOf(method);
            var textResult = IsTextLike(invocation.Type);
            for (var i = firstArgument; i < arguments.Length; i++)
            {
                var value = arguments[i].Value;
                if (summary is not null)
                {
                    // The app's own method: its summary says which arguments come back.
                    if (arguments[i].Parameter is { } parameter && summary.Returns(parameter.Ordinal))
                    {
                        taint = taint.Merge(Evaluate(value, ExposureMode.Formatting, includeTypes: true, findings: null));
                    }
                }
                else if (textResult)
                {
                    taint = taint.Merge(Evaluate(value, ExposureMode.Formatting, includeTypes: true, findings: null));
                }
                else if (OperationTree.Unwrap(value) is IDelegateCreationOperation or IAnonymousFunctionOperation)
                {
                    taint = taint.Merge(Evaluate(value, mode, includeTypes: false, findings: null));
                }
            }
        }

        if (!IsNonIdentifying(invocation.Type) && SummaryOf(method) is { Returned.IsTainted: true } returning)
        {
            // The app's own method returns restricted data (a getter, a formatter, a mapper into a DTO).
            taint = taint.Merge(returning.Returned);
        }

        return taint.Merge(TypeTaint(invocation.Type, mode, includeTypes));
    }

    /// <summary>An <c>out</c> or <c>ref</c> argument of a method call, through which the call can give the caller's variable a value.</summary>
    public static bool IsHandedOutByCall(IArgumentOperation argument) =>
        argument is { Parameter.RefKind: RefKind.Out or RefKind.Ref, Parent: IInvocationOperation };

    /// <summary>
    /// What a call gives its <c>out</c> or <c>ref</c> argument's variable: for the app's own method, what
    /// its summary says that parameter is given (whatever the call passes, and from the arguments that
    /// flow into it); for another assembly's method, what its receiver carries, as for a value it returns
    /// (<c>names.TryGetValue(id, out var name)</c>), except numbers and yes/no answers.
    /// </summary>
    private Taint HandedOut(IArgumentOperation argument)
    {
        var invocation = (IInvocationOperation)argument.Parent!;
        var summary = SummaryOf(invocation.TargetMethod);
        var taint = summary is null ? Taint.None : summary.HandsOut(argument.Parameter!.Ordinal);
        foreach (var input in InputsHandedOutThrough(argument))
        {
            // As for a returned value: what the app's method copies counts whole; a receiver counts for what it carries.
            taint = taint.Merge(Evaluate(input, ExposureMode.Formatting, includeTypes: summary is not null, findings: null));
        }

        return taint;
    }

    /// <summary>The values a call can copy into its <c>out</c> or <c>ref</c> argument <paramref name="argument"/> (see <see cref="HandedOut"/>).</summary>
    public IEnumerable<IOperation> InputsHandedOutThrough(IArgumentOperation argument)
    {
        var invocation = (IInvocationOperation)argument.Parent!;
        var parameter = argument.Parameter!;
        if (SummaryOf(invocation.TargetMethod) is { } summary)
        {
            foreach (var other in invocation.Arguments)
            {
                if (other != argument && other.Parameter is { } from && summary.HandsOut(parameter.Ordinal, from.Ordinal))
                {
                    yield return other.Value;
                }
            }

            yield break;
        }

        var method = invocation.TargetMethod;
        if (!method.DeclaringSyntaxReferences.IsEmpty || IsNumberOrYesNo(parameter.Type))
        {
            // The app's method that cannot be summarised (virtual, interface) is not guessed at.
            yield break;
        }

        var receiver = invocation.Instance
            ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 && invocation.Arguments[0] != argument ? invocation.Arguments[0].Value : null);
        if (receiver is not null)
        {
            yield return receiver;
        }
    }

    private static bool IsNumberOrYesNo(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    private Taint TypeTaint(ITypeSymbol? type, ExposureMode mode, bool includeTypes) =>
        includeTypes ? exposure.Of(type, mode) : Taint.None;

    private Taint LocalTaint(ILocalSymbol local, ExposureMode mode, bool includeTypes)
    {
        var key = new LocalKey(local, mode, includeTypes);
        if (localTaints.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (!evaluating.Add(local))
        {
            return Taint.None;
        }

        var taint = Taint.None;
        if (LocalSources().TryGetValue(local, out var sources))
        {
            foreach (var source in sources)
            {
                taint = taint.Merge(Evaluate(source, mode, includeTypes, findings: null));
            }
        }

        evaluating.Remove(local);
        localTaints[key] = taint;
        return taint;
    }

    /// <summary>
    /// Whether the local is ever given a literal, <c>string.Empty</c>, <c>default</c> or <c>Redact.Value(...)</c>:
    /// only then can a statement before a use have cleared it, so only then is the use's position looked at.
    /// </summary>
    private bool HasCleanSource(ILocalSymbol local)
    {
        cleanSources ??= new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);
        if (cleanSources.TryGetValue(local, out var known))
        {
            return known;
        }

        var clean = false;
        foreach (var source in SourcesOf(local))
        {
            if (IsCleanValue(source))
            {
                clean = true;
                break;
            }
        }

        cleanSources.Add(local, clean);
        return clean;
    }

    /// <summary>
    /// Whether the last statement before this use that touches the local, in the same block or an
    /// enclosing one, set it to a literal, <c>string.Empty</c>, <c>default</c> or <c>Redact.Value(...)</c>.
    /// Inside a loop the use may see an assignment from the previous pass, so a use in a loop is
    /// cleared only by a statement in the same pass before it; anything else keeps the
    /// order-blind answer.
    /// </summary>
    private bool IsClearedBeforeUse(ILocalReferenceOperation reference)
    {
        IOperation child = reference;
        for (var parent = reference.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IBlockOperation block:
                    var index = block.Operations.IndexOf(child);
                    for (var i = index - 1; i >= 0; i--)
                    {
                        var statement = block.Operations[i];
                        if (!Touches(statement, reference.Local))
                        {
                            continue;
                        }

                        return ClearingValue(statement, reference.Local) is { } value && IsCleanValue(value);
                    }

                    break;
                case ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    private static bool Touches(IOperation statement, ILocalSymbol local)
    {
        foreach (var operation in statement.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    return true;
                case IAssignmentOperation assignment when OperationTree.RootLocal(assignment.Target) is { } target && SymbolEqualityComparer.Default.Equals(target, local):
                    return true;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    return true;
                case IInvocationOperation { Instance: { } instance } when OperationTree.RootLocal(instance) is { } target && SymbolEqualityComparer.Default.Equals(target, local):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The value a statement that is nothing but <c>local = value;</c> or <c>var local = value;</c> gives the local.</summary>
    private static IOperation? ClearingValue(IOperation statement, ILocalSymbol local)
    {
        switch (statement)
        {
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment }
                when SymbolEqualityComparer.Default.Equals(target.Local, local):
                return assignment.Value;
            case IVariableDeclarationGroupOperation { Declarations.Length: 1 } group
                when group.Declarations[0].Declarators.Length == 1 && SymbolEqualityComparer.Default.Equals(group.Declarations[0].Declarators[0].Symbol, local):
                return group.Declarations[0].Declarators[0].Initializer?.Value ?? group.Declarations[0].Initializer?.Value;
            default:
                return null;
        }
    }

    private bool IsCleanValue(IOperation value)
    {
        var unwrapped = OperationTree.Unwrap(value);
        return Clearance.ConstantText.TryFold(unwrapped, out _)
            || unwrapped is IInvocationOperation invocation && IsRedaction(invocation);
    }

    /// <summary>Every value assigned, appended or added to <paramref name="local"/> in the body.</summary>
    public IReadOnlyList<IOperation> SourcesOf(ILocalSymbol local) =>
        LocalSources().TryGetValue(local, out var sources) ? sources : System.Array.Empty<IOperation>();

    private Dictionary<ILocalSymbol, List<IOperation>> LocalSources()
    {
        if (localSources is not null)
        {
            return localSources;
        }

        localSources = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null)
                    {
                        AddSource(declarator.Symbol, initializer.Value);
                    }

                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    AddDeconstruction(deconstruction.Target, deconstruction.Value);
                    break;
                case IAssignmentOperation assignment when Sinks.SinkClassifier.IsReportedIndexerWrite(assignment.Target, known):
                    break;
                case IAssignmentOperation assignment:
                    if (OperationTree.RootLocal(assignment.Target) is { } assigned)
                    {
                        AddSource(assigned, assignment.Value);
                    }

                    break;
                case IInvocationOperation { Instance: { } instance } invocation
                    when !IsRedaction(invocation) && OperationTree.RootLocal(instance) is { } accumulator && IsAccumulator(accumulator.Type):
                    foreach (var argument in invocation.Arguments)
                    {
                        AddSource(accumulator, argument.Value);
                    }

                    break;
                case IArgumentOperation handed when IsHandedOutByCall(handed):
                    if (OperationTree.RootLocal(OperationTree.DeclaredOrReferenced(handed.Value)) is { } given)
                    {
                        AddSource(given, handed);
                    }

                    break;
                case IForEachLoopOperation loop:
                    foreach (var loopLocal in loop.Locals)
                    {
                        AddSource(loopLocal, loop.Collection);
                    }

                    break;
                case IPatternOperation pattern when DeclaredBy(pattern) is { } patternLocal:
                    if (MatchedValue(pattern) is { } matched)
                    {
                        AddSource(patternLocal, matched);
                    }

                    break;
            }
        }

        return localSources;
    }

    private void AddDeconstruction(IOperation target, IOperation value)
    {
        var targets = OperationTree.Unwrap(target) is IDeclarationExpressionOperation declaration ? declaration.Expression : target;
        if (OperationTree.Unwrap(targets) is not ITupleOperation targetTuple)
        {
            if (OperationTree.RootLocal(targets) is { } single)
            {
                AddSource(single, value);
            }

            return;
        }

        var valueTuple = OperationTree.Unwrap(value) as ITupleOperation;
        for (var i = 0; i < targetTuple.Elements.Length; i++)
        {
            var element = targetTuple.Elements[i];
            var elementValue = valueTuple is not null && valueTuple.Elements.Length == targetTuple.Elements.Length ? valueTuple.Elements[i] : value;
            AddDeconstruction(element, elementValue);
        }
    }

    private void AddSource(ILocalSymbol local, IOperation value)
    {
        var sources = localSources!;
        if (!sources.TryGetValue(local, out var list))
        {
            list = new List<IOperation>(1);
            sources.Add(local, list);
        }

        list.Add(value);
    }

    /// <summary>The value whose members a property subpattern reads (<c>{ Home.Address: var a }</c> included).</summary>
    private static IOperation? PatternInputOf(IInstanceReferenceOperation input)
    {
        var parent = input.Parent;
        while (parent is IMemberReferenceOperation)
        {
            parent = parent.Parent;
        }

        return parent is IPropertySubpatternOperation { Parent: IPatternOperation owner } ? MatchedValue(owner) : null;
    }

    private static ILocalSymbol? DeclaredBy(IPatternOperation pattern) => pattern switch
    {
        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol as ILocalSymbol,
        IRecursivePatternOperation recursive => recursive.DeclaredSymbol as ILocalSymbol,
        IListPatternOperation list => list.DeclaredSymbol as ILocalSymbol,
        _ => null,
    };

    /// <summary>
    /// The value a pattern is matched against: the tested value of an <c>is</c>, a <c>switch</c> expression or
    /// statement, the member a property subpattern reads (<c>{ Address: var a }</c>), or the tuple element a
    /// positional subpattern matches. Patterns combined with <c>and</c>, <c>or</c>, <c>not</c> or inside a
    /// list pattern match (part of) the same value as the pattern around them.
    /// </summary>
    private static IOperation? MatchedValue(IPatternOperation pattern)
    {
        IOperation current = pattern;
        for (var parent = pattern.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression }:
                    return switchExpression.Value;
                case IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }:
                    return switchStatement.Value;
                case IPropertySubpatternOperation subpattern:
                    return subpattern.Member;
                case IRecursivePatternOperation recursive when current is IPatternOperation element:
                    var index = recursive.DeconstructionSubpatterns.IndexOf(element);
                    var whole = MatchedValue(recursive);
                    return index >= 0 && whole is not null && OperationTree.Unwrap(whole) is ITupleOperation tuple && tuple.Elements.Length == recursive.DeconstructionSubpatterns.Length
                        ? tuple.Elements[index]
                        : whole;
                case IPatternOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static IOperation? ConditionalAccessTarget(IConditionalAccessInstanceOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary><c>Redact.Value</c>, a Microsoft.Extensions.Compliance <c>Redactor.Redact</c>, or <c>StringBuilder.AppendRedacted</c>.</summary>
    private bool IsRedaction(IInvocationOperation invocation)
    {
        var type = invocation.TargetMethod.ContainingType;
        return RestrictedMembers.Is(type, known.Redact)
            || invocation.TargetMethod.Name == "Redact" && RestrictedMembers.InheritsFrom(type, known.ComplianceRedactor)
            || RestrictedMembers.Is(type, known.ComplianceRedactionBuilderExtensions);
    }

    private bool IsFormattingCombinator(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType.SpecialType == SpecialType.System_String)
        {
            return method.Name is "Format" or "Concat" or "Join";
        }

        return RestrictedMembers.Is(method.ContainingType, known.FormattableStringFactory);
    }

    private bool IsAccumulator(ITypeSymbol type) =>
        !Sinks.SinkClassifier.IsReportedWhereBuilt(type, known)
        && (RestrictedMembers.Is(type, known.StringBuilder)
            || RestrictedMembers.InheritsFrom(type, known.TextWriter)
            || type.SpecialType != SpecialType.System_String && Implements(type, known.Enumerable));

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol contract)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, contract))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTextLike(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType is SpecialType.System_String or SpecialType.System_Object
            || RestrictedMembers.Is(type, known.StringBuilder)
            || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte }
            || type.Name is "FormattableString" or "IFormattable");

    /// <summary>Yes/no answers (comparisons, IsNullOrEmpty, Any) say too little to count as the data.</summary>
    private static bool IsNonIdentifying(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    private static bool IsSize(ISymbol member) =>
        member.Name is "Count" or "Length" or "LongLength" or "LongCount"
        && member switch
        {
            IPropertySymbol property => property.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64,
            IMethodSymbol method => method.ReturnType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64,
            _ => false,
        };

    private readonly struct LocalKey : System.IEquatable<LocalKey>
    {
        public LocalKey(ILocalSymbol local, ExposureMode mode, bool includeTypes)
        {
            Local = local;
            Mode = mode;
            IncludeTypes = includeTypes;
        }

        public ILocalSymbol Local { get; }

        public ExposureMode Mode { get; }

        public bool IncludeTypes { get; }

        public bool Equals(LocalKey other) =>
            SymbolEqualityComparer.Default.Equals(Local, other.Local) && Mode == other.Mode && IncludeTypes == other.IncludeTypes;

        public override bool Equals(object? obj) => obj is LocalKey other && Equals(other);

        public override int GetHashCode() =>
            (SymbolEqualityComparer.Default.GetHashCode(Local) * 31 + (int)Mode) * 2 + (IncludeTypes ? 1 : 0);
    }
}
