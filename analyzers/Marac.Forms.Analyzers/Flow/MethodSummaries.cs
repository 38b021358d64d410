using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Marac.Forms.Analyzers.Clearance;
using Marac.Forms.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// What the app's own methods do with data, computed once per method per compilation: which parameters
/// reach which sink (directly or through further calls), and what restricted data the return value
/// and each <c>out</c> or <c>ref</c> parameter carry out. Only methods whose body the call is sure to run are summarised: ordinary methods,
/// constructors and local functions declared in source that are not virtual, abstract or interface
/// members (a call to one of those may run any override). Calls are followed <see cref="MaxDepth"/>
/// levels deep; a method met again while its own summary is being computed (recursion) contributes
/// nothing further.
/// </summary>
internal sealed class MethodSummaries
{
    public const int MaxDepth = 3;

    private readonly Compilation compilation;
    private readonly KnownSymbols known;
    private readonly TypeExposure exposure;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> cache = new(SymbolEqualityComparer.Default);

    public MethodSummaries(Compilation compilation, KnownSymbols known, TypeExposure exposure)
    {
        this.compilation = compilation;
        this.known = known;
        this.exposure = exposure;
    }

    /// <summary>The method's summary, or null when it has none to give (not the app's, virtual, too deep, or recursive).</summary>
    public MethodSummary? Of(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> inProgress)
    {
        var definition = method.OriginalDefinition;
        if (!IsSummarisable(definition) || inProgress.Count >= MaxDepth || inProgress.Contains(definition))
        {
            return null;
        }

        if (cache.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var summary = Compute(definition, inProgress.Add(definition));
        return summary is null ? null : cache.GetOrAdd(definition, summary);
    }

    private static bool IsSummarisable(IMethodSymbol method) =>
        !method.IsVirtual && !method.IsAbstract && !method.IsExtern && !method.IsPartialDefinition
        && method.ContainingType is { TypeKind: not TypeKind.Interface }
        && method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction
        && !method.DeclaringSyntaxReferences.IsEmpty;

    private MethodSummary? Compute(IMethodSymbol method, ImmutableHashSet<IMethodSymbol> inProgress)
    {
        var body = BodyOf(method);
        if (body is null)
        {
            return null;
        }

        var flow = new ValueFlow(known, exposure, body, this, inProgress);
        var reaches = new List<ParameterReach>();
        var returned = Taint.None;
        var returnedParameters = new HashSet<int>();
        var handedOut = new HandedOut();
        foreach (var operation in OperationTree.OwnDescendants(body))
        {
            AddHandedOut(operation, method, flow, handedOut);
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: { } value }:
                    returned = returned.Merge(flow.Evaluate(value, ExposureMode.Formatting, includeTypes: false, findings: null));
                    returnedParameters.UnionWith(ParametersIn(value, method, flow));
                    break;
                case IInvocationOperation invocation:
                    AddSinkReaches(invocation, SinkClassifier.Classify(invocation, known), method, flow, reaches);
                    AddCalleeReaches(invocation, method, flow, inProgress, reaches);
                    break;
                case IObjectCreationOperation creation:
                    AddSinkReaches(creation, SinkClassifier.ClassifyCreation(creation, known), method, flow, reaches);
                    break;
                case ISimpleAssignmentOperation assignment:
                    AddSinkReaches(assignment, SinkClassifier.ClassifyAssignment(assignment, known), method, flow, reaches);
                    break;
            }
        }

        return new MethodSummary(reaches, returned, returnedParameters, handedOut);
    }

    /// <summary>
    /// What an assignment to one of the method's own <c>out</c> or <c>ref</c> parameters gives the caller's
    /// variable (<c>name = victim.Name;</c>), and what passing such a parameter on as another call's
    /// <c>out</c> or <c>ref</c> argument does (<c>Inner(victim, out name);</c>).
    /// </summary>
    private void AddHandedOut(IOperation operation, IMethodSymbol method, ValueFlow flow, HandedOut handedOut)
    {
        switch (operation)
        {
            case IAssignmentOperation { Target: IParameterReferenceOperation target } assignment when IsOwnOutOrRef(target.Parameter, method):
                handedOut.Add(
                    target.Parameter.Ordinal,
                    flow.Evaluate(assignment.Value, ExposureMode.Formatting, includeTypes: false, findings: null),
                    ParametersIn(assignment.Value, method, flow));
                break;
            case IArgumentOperation { Value: IParameterReferenceOperation passed } argument
                when ValueFlow.IsHandedOutByCall(argument) && IsOwnOutOrRef(passed.Parameter, method):
                handedOut.Add(
                    passed.Parameter.Ordinal,
                    flow.Evaluate(argument, ExposureMode.Formatting, includeTypes: false, findings: null),
                    ParametersIn(argument, method, flow));
                break;
        }
    }

    private static bool IsOwnOutOrRef(IParameterSymbol parameter, IMethodSymbol method) =>
        parameter.RefKind is RefKind.Out or RefKind.Ref
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method);

    private IOperation? BodyOf(IMethodSymbol method)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        // The callee's body is bound once more here, once per compilation, only for methods that are
        // called where it matters (a sink argument, or an argument that carries restricted data).
#pragma warning disable RS1030 // A summary needs the callee's operations, which no callback of the caller provides.
        var model = compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(syntax);
    }

    private void AddSinkReaches(IOperation sinkOperation, SinkCall? sink, IMethodSymbol method, ValueFlow flow, List<ParameterReach> reaches)
    {
        if (sink is null || sink.Arguments.Count == 0)
        {
            return;
        }

        RecordedBasis? basis = null;
        foreach (var argument in sink.Arguments)
        {
            foreach (var parameter in ParametersIn(argument.Value, method, flow))
            {
                var symbol = method.Parameters[parameter];
                if (RestrictedMembers.TaintOf(symbol, known).IsTainted || exposure.Of(symbol.Type, argument.Mode).IsTainted)
                {
                    // The callee's own analysis reports a parameter that is restricted by its mark or its type.
                    continue;
                }

                basis ??= LawfulBasisFinder.Find(sinkOperation, method, known, flow);
                reaches.Add(new ParameterReach(parameter, sink.Kind, sink.Name, argument.Mode, basis.Value, method.Name + "(" + method.Parameters[parameter].Name + ")"));
            }
        }
    }

    private void AddCalleeReaches(IInvocationOperation invocation, IMethodSymbol method, ValueFlow flow, ImmutableHashSet<IMethodSymbol> inProgress, List<ParameterReach> reaches)
    {
        if (invocation.Arguments.Length == 0 || !IsSummarisable(invocation.TargetMethod.OriginalDefinition))
        {
            return;
        }

        MethodSummary? callee = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null or { RefKind: RefKind.Out })
            {
                // An out argument passes nothing in.
                continue;
            }

            foreach (var parameter in ParametersIn(argument.Value, method, flow))
            {
                callee ??= Of(invocation.TargetMethod, inProgress) ?? MethodSummary.Empty;
                foreach (var reach in callee.ReachesOf(argument.Parameter.Ordinal))
                {
                    var basis = reach.Basis.Or(LawfulBasisFinder.Find(invocation, method, known, flow));
                    reaches.Add(new ParameterReach(parameter, reach.Kind, reach.SinkName, reach.Mode, basis, method.Name + "(" + method.Parameters[parameter].Name + ") -> " + reach.Path));
                }
            }
        }
    }

    /// <summary>The ordinals of <paramref name="method"/>'s parameters an argument expression reads, directly or through its locals.</summary>
    private HashSet<int> ParametersIn(IOperation value, IMethodSymbol method, ValueFlow flow)
    {
        var found = new HashSet<int>();
        var visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var stack = new Stack<IOperation>();
        stack.Push(value);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case IInvocationOperation redaction when RestrictedMembers.Is(redaction.TargetMethod.ContainingType, known.Redact):
                    continue;
                case { Type.SpecialType: SpecialType.System_Boolean }:
                    // Yes/no answers say too little to count as the data, as within a method.
                    continue;
                case IPropertyReferenceOperation { Property: { Name: "Count" or "Length" or "LongLength", Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } }:
                case IInvocationOperation { TargetMethod: { Name: "Count" or "LongCount", ReturnType.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } }:
                    continue;
                case IParameterReferenceOperation parameter
                    when SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol.OriginalDefinition, method):
                    found.Add(parameter.Parameter.Ordinal);
                    break;
                case IArgumentOperation handed when ValueFlow.IsHandedOutByCall(handed):
                    // A local given a value through an out or ref argument: the arguments that flow into it.
                    foreach (var input in flow.InputsHandedOutThrough(handed))
                    {
                        stack.Push(input);
                    }

                    break;
                case ILocalReferenceOperation local when visitedLocals.Add(local.Local):
                    foreach (var source in flow.SourcesOf(local.Local))
                    {
                        stack.Push(source);
                    }

                    break;
            }

            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }
}

/// <summary>One method's summary: its parameters' paths to sinks and the data its return value and its out and ref parameters carry.</summary>
internal sealed class MethodSummary
{
    private readonly HashSet<int> returnedParameters;
    private readonly HandedOut handedOut;

    public MethodSummary(List<ParameterReach> reaches, Taint returned, HashSet<int> returnedParameters, HandedOut handedOut)
    {
        Reaches = reaches;
        Returned = returned;
        this.returnedParameters = returnedParameters;
        this.handedOut = handedOut;
    }

    public static MethodSummary Empty { get; } = new(new List<ParameterReach>(), Taint.None, new HashSet<int>(), new HandedOut());

    /// <summary>Whether what is passed for the parameter can come back in the return value (a helper whose every return is redacted gives nothing back).</summary>
    public bool Returns(int ordinal) => returnedParameters.Contains(ordinal);

    /// <summary>The restricted data the method puts in its out or ref parameter <paramref name="ordinal"/> whatever it is given.</summary>
    public Taint HandsOut(int ordinal) => handedOut.Taint(ordinal);

    /// <summary>Whether what is passed for parameter <paramref name="from"/> can come back through out or ref parameter <paramref name="ordinal"/>.</summary>
    public bool HandsOut(int ordinal, int from) => handedOut.Carries(ordinal, from);

    public List<ParameterReach> Reaches { get; }

    /// <summary>The restricted data the method's return value carries whatever it is given.</summary>
    public Taint Returned { get; }

    public IEnumerable<ParameterReach> ReachesOf(int ordinal)
    {
        foreach (var reach in Reaches)
        {
            if (reach.Parameter == ordinal)
            {
                yield return reach;
            }
        }
    }
}

/// <summary>A parameter that reaches a sink, how the sink writes it, the basis recorded on the way, and the path for the message.</summary>
internal readonly struct ParameterReach
{
    public ParameterReach(int parameter, SinkKind kind, string sinkName, ExposureMode mode, RecordedBasis basis, string path)
    {
        Parameter = parameter;
        Kind = kind;
        SinkName = sinkName;
        Mode = mode;
        Basis = basis;
        Path = path;
    }

    public int Parameter { get; }

    public SinkKind Kind { get; }

    public string SinkName { get; }

    public ExposureMode Mode { get; }

    public RecordedBasis Basis { get; }

    public string Path { get; }
}
