using System.Collections.Concurrent;
using System.Collections.Generic;
using Marac.Forms.Analyzers.Clearance;
using Marac.Forms.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// Restricted values stored in a field or property of the app's own type (one without a mark of its
/// own) and written to a sink elsewhere in the same type: <c>lastName = person.FullName;</c> in one
/// method, <c>logger.LogInformation("{Name}", lastName)</c> in another. One instance per type, for
/// the compiler's symbol-start to symbol-end pass over it: assignments are collected from every body
/// of the type as they are analysed, the calls that may be sinks are kept, and at the end, only in a type
/// that gave a member restricted data, the sinks among them are found and their reads of such members
/// reported. Members assigned from outside the
/// type (object initialisers in other types) are not followed.
/// </summary>
internal sealed class StoredMembers
{
    private readonly INamedTypeSymbol type;
    private readonly KnownSymbols known;
    private readonly TypeExposure exposure;
    private readonly ConcurrentDictionary<ISymbol, Taint> stores = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentQueue<(IOperation Operation, ISymbol Owner)> candidates = new();

    public StoredMembers(INamedTypeSymbol type, KnownSymbols known, TypeExposure exposure)
    {
        this.type = type;
        this.known = known;
        this.exposure = exposure;
    }

    public void Collect(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        if (operation is ISimpleAssignmentOperation assignment && Candidate(assignment.Target) is { } member)
        {
            var flow = new ValueFlow(known, exposure, OperationTree.Root(operation));
            var taint = flow.Evaluate(assignment.Value, ExposureMode.Formatting, includeTypes: false, findings: null);
            if (taint.IsTainted)
            {
                stores.AddOrUpdate(member, taint, (_, existing) => existing.Merge(taint));
            }
        }

        // Kept until the type is done and classified only then: most types never store restricted data
        // in a member, and then their calls need no second look.
        candidates.Enqueue((operation, context.ContainingSymbol));
    }

    private IEnumerable<PendingSink> Sinks()
    {
        foreach (var (operation, owner) in candidates)
        {
            var sink = operation switch
            {
                IInvocationOperation invocation => SinkClassifier.Classify(invocation, known),
                IObjectCreationOperation creation => SinkClassifier.ClassifyCreation(creation, known),
                ISimpleAssignmentOperation sinkAssignment => SinkClassifier.ClassifyAssignment(sinkAssignment, known),
                _ => null,
            };
            if (sink is not null && sink.Arguments.Count > 0
                && !(sink.Kind == SinkKind.Serialisation && RestrictedDataDisclosureAnalyzer.IsInsideConverter(owner, known)))
            {
                yield return new PendingSink(operation, sink, owner);
            }
        }
    }

    public void ReportPending(SymbolAnalysisContext context)
    {
        if (stores.IsEmpty)
        {
            return;
        }

        var flows = new Dictionary<IOperation, ValueFlow>();
        ValueFlow FlowFor(IOperation root)
        {
            if (!flows.TryGetValue(root, out var flow))
            {
                flow = new ValueFlow(known, exposure, root);
                flows.Add(root, flow);
            }

            return flow;
        }

        var reads = new List<PendingRead>();
        foreach (var pending in Sinks())
        {
            var root = OperationTree.Root(pending.Operation);
            foreach (var argument in pending.Call.Arguments)
            {
                foreach (var (leaf, member) in ReadsIn(argument.Value, () => FlowFor(root)))
                {
                    reads.Add(new PendingRead(pending.Operation, pending.Call, leaf, member, pending.Owner));
                }
            }
        }

        var reported = new HashSet<IOperation>();
        foreach (var read in reads)
        {
            if (!stores.TryGetValue(read.Member, out var taint) || !reported.Add(read.Leaf) || GeneratedCodeFilter.IsGenerated(read.Leaf, known))
            {
                continue;
            }

            var flow = FlowFor(OperationTree.Root(read.Sink));
            var basis = LawfulBasisFinder.Find(read.Sink, read.Owner, known, flow);
            RestrictedDataDisclosureAnalyzer.Report(
                context.ReportDiagnostic, read.Call, new Finding(read.Leaf, taint), basis, RestrictedDataDisclosureAnalyzer.CanCarryAttribute(read.Owner));
        }
    }

    /// <summary>Unmarked members of this type read in a sink argument, directly or through a local assigned from one.</summary>
    private IEnumerable<(IOperation Leaf, ISymbol Member)> ReadsIn(IOperation value, System.Func<ValueFlow> flow)
    {
        var visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var (operation, viaLocal) in Walk(value, null, flow, visitedLocals))
        {
            if (Candidate(operation) is { } member)
            {
                yield return (viaLocal ?? operation, member);
            }
        }
    }

    private IEnumerable<(IOperation Operation, IOperation? ViaLocal)> Walk(IOperation root, IOperation? viaLocal, System.Func<ValueFlow> flow, HashSet<ILocalSymbol> visitedLocals)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IInvocationOperation invocation && RestrictedMembers.Is(invocation.TargetMethod.ContainingType, known.Redact))
            {
                continue;
            }

            yield return (current, viaLocal);
            if (current is ILocalReferenceOperation local && visitedLocals.Add(local.Local))
            {
                foreach (var source in flow().SourcesOf(local.Local))
                {
                    foreach (var inner in Walk(source, viaLocal ?? current, flow, visitedLocals))
                    {
                        yield return inner;
                    }
                }
            }

            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>A field or property of this type (or a type nested in it) with no restricted mark of its own.</summary>
    private ISymbol? Candidate(IOperation operation)
    {
        var member = operation switch
        {
            IFieldReferenceOperation { Field: { IsConst: false } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { IsIndexer: false } property } => property,
            _ => null,
        };
        if (member is null || !member.Locations.IsEmpty && !member.Locations[0].IsInSource || !IsWithinType(member.ContainingType))
        {
            return null;
        }

        return RestrictedMembers.TaintOfMember(member, null, known).IsTainted ? null : member.OriginalDefinition;
    }

    private bool IsWithinType(INamedTypeSymbol? holder)
    {
        for (var current = holder?.OriginalDefinition; current is not null; current = current.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct PendingSink
    {
        public PendingSink(IOperation operation, SinkCall call, ISymbol owner)
        {
            Operation = operation;
            Call = call;
            Owner = owner;
        }

        public IOperation Operation { get; }

        public SinkCall Call { get; }

        public ISymbol Owner { get; }
    }

    private readonly struct PendingRead
    {
        public PendingRead(IOperation sink, SinkCall call, IOperation leaf, ISymbol member, ISymbol owner)
        {
            Sink = sink;
            Call = call;
            Leaf = leaf;
            Member = member;
            Owner = owner;
        }

        public IOperation Sink { get; }

        public SinkCall Call { get; }

        public IOperation Leaf { get; }

        public ISymbol Member { get; }

        public ISymbol Owner { get; }
    }
}
