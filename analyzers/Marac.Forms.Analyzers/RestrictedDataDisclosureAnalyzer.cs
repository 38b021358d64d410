using System.Collections.Generic;
using System.Collections.Immutable;
using Marac.Forms.Analyzers.Clearance;
using Marac.Forms.Analyzers.Flow;
using Marac.Forms.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers;

/// <summary>
/// Reports restricted personal data that reaches a logging or serialisation sink without a recorded
/// lawful basis (MARAC001, MARAC002), and gender history or immigration status that reaches one
/// without the specific exemption or agreement (MARAC003, MARAC004), and special category or
/// criminal-offence data under a basis that visibly states no Article 9 condition or Article 10
/// coverage (MARAC007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RestrictedDataDisclosureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.LoggedWithoutLawfulBasis,
        Descriptors.SerialisedWithoutLawfulBasis,
        Descriptors.GenderHistoryWithoutExemption,
        Descriptors.ImmigrationStatusWithoutAgreement,
        Descriptors.SensitiveDataWithoutCondition);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = DeferredSymbols.For(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (symbols.Known is not { } known || symbols.Exposure is not { } exposure)
                {
                    return;
                }

                // One body's locals are gathered once and shared by every sink call in it.
                var flows = new FlowCache(known, exposure, symbols.Summaries);
                block.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (SinkClassifier.Classify(invocation, known) is { } sink)
                        {
                            AnalyzeSink(operation, sink, known, flows);
                        }
                        else
                        {
                            AnalyzeCallOfAppMethod(operation, invocation, known, flows);
                        }
                    },
                    OperationKind.Invocation);
                block.RegisterOperationAction(
                    operation => AnalyzeSink(operation, SinkClassifier.ClassifyCreation((IObjectCreationOperation)operation.Operation, known), known, flows),
                    OperationKind.ObjectCreation);
                block.RegisterOperationAction(
                    operation => AnalyzeSink(operation, SinkClassifier.ClassifyAssignment((ISimpleAssignmentOperation)operation.Operation, known), known, flows),
                    OperationKind.SimpleAssignment);
            });

            start.RegisterSymbolStartAction(type =>
            {
                if (symbols.Known is not { } known || symbols.Exposure is not { } exposure || type.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named)
                {
                    return;
                }

                var stored = new StoredMembers(named, known, exposure);
                type.RegisterOperationAction(stored.Collect, OperationKind.SimpleAssignment, OperationKind.Invocation, OperationKind.ObjectCreation);
                type.RegisterSymbolEndAction(stored.ReportPending);
            }, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeSink(OperationAnalysisContext context, SinkCall? sink, KnownSymbols known, FlowCache flows)
    {
        var invocation = context.Operation;
        if (sink is null || sink.Arguments.Count == 0)
        {
            return;
        }

        if (sink.Kind == SinkKind.Serialisation && IsInsideConverter(context.ContainingSymbol, known))
        {
            return;
        }

        var findings = new List<Finding>();
        var flow = flows.For(OperationTree.Root(invocation));
        foreach (var argument in sink.Arguments)
        {
            flow.Evaluate(argument.Value, argument.Mode, includeTypes: true, findings);
        }

        if (findings.Count == 0)
        {
            return;
        }

        var basis = LawfulBasisFinder.Find(invocation, context.ContainingSymbol, known, flow);

        var attributable = CanCarryAttribute(context.ContainingSymbol);
        foreach (var finding in findings)
        {
            if (GeneratedCodeFilter.IsGenerated(finding.Leaf, known))
            {
                continue;
            }

            Report(context.ReportDiagnostic, sink, finding, basis, attributable);
        }
    }

    /// <summary>
    /// A call of the app's own method whose summary says a parameter reaches a sink: the argument given
    /// for it is checked as if written at that sink, and reported here with the path in the message.
    /// </summary>
    private static void AnalyzeCallOfAppMethod(OperationAnalysisContext context, IInvocationOperation invocation, KnownSymbols known, FlowCache flows)
    {
        if (invocation.Arguments.Length == 0 || invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        ValueFlow? flow = null;
        MethodSummary? summary = null;
        RecordedBasis? callerBasis = null;
        var attributable = CanCarryAttribute(context.ContainingSymbol);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null or { RefKind: RefKind.Out } || argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            flow ??= flows.For(OperationTree.Root(invocation));

            // Most calls pass nothing restricted: the callee's summary (which binds its body once more)
            // is worked out only for a call that does. Destructuring reads every public member, so it
            // answers for every sink's way of writing an object.
            if (summary is null && !flow.Evaluate(argument.Value, ExposureMode.Destructuring, includeTypes: true, findings: null).IsTainted)
            {
                continue;
            }

            summary ??= flow.SummaryOf(invocation.TargetMethod);
            if (summary is null || summary.Reaches.Count == 0)
            {
                return;
            }

            var kindsReported = new HashSet<SinkKind>();
            foreach (var reach in summary.ReachesOf(argument.Parameter.Ordinal))
            {
                if (!kindsReported.Add(reach.Kind))
                {
                    // One report per argument and rule, naming the first path found.
                    continue;
                }

                var findings = new List<Finding>();
                flow.Evaluate(argument.Value, reach.Mode, includeTypes: true, findings);
                if (findings.Count == 0)
                {
                    continue;
                }

                callerBasis ??= LawfulBasisFinder.Find(invocation, context.ContainingSymbol, known, flow);
                var sink = new SinkCall(reach.Kind, reach.SinkName + " through '" + reach.Path + "'", new List<SinkArgument>());
                foreach (var finding in findings)
                {
                    if (!GeneratedCodeFilter.IsGenerated(finding.Leaf, known))
                    {
                        Report(context.ReportDiagnostic, sink, finding, callerBasis.Value.Or(reach.Basis), attributable);
                    }
                }
            }
        }
    }

    internal static void Report(System.Action<Diagnostic> report, SinkCall sink, Finding finding, RecordedBasis basis, bool attributable)
    {
        var taint = finding.Taint;
        var leaf = finding.Leaf;
        var location = leaf.Syntax.GetLocation();
        var redactable = Redactability.IsRedactable(leaf);
        var strict = false;
        if (taint.Has(RestrictedKinds.GenderHistory) && !basis.GenderRecognitionExemption)
        {
            strict = true;
            report(Diagnostic.Create(
                Descriptors.GenderHistoryWithoutExemption, location, Properties(redactable, attributable: false),
                TaintDescription.ExpressionFrom(leaf, taint.GenderSource), sink.Name));
        }

        if (taint.Has(RestrictedKinds.ImmigrationStatus) && !basis.ImmigrationAgreement)
        {
            strict = true;
            report(Diagnostic.Create(
                Descriptors.ImmigrationStatusWithoutAgreement, location, Properties(redactable, attributable: false),
                TaintDescription.ExpressionFrom(leaf, taint.ImmigrationSource), sink.Name));
        }

        if (strict)
        {
            return;
        }

        if (basis.Found)
        {
            ReportMissingCondition(report, sink, finding, basis, redactable);
            return;
        }

        var descriptor = sink.Kind == SinkKind.Logging ? Descriptors.LoggedWithoutLawfulBasis : Descriptors.SerialisedWithoutLawfulBasis;
        report(Diagnostic.Create(
            descriptor, location, Properties(redactable, attributable),
            TaintDescription.Expression(leaf), TaintDescription.Why(leaf, taint), sink.Name));
    }

    /// <summary>
    /// A basis clears the general rules but, seen in full, states no Article 9 condition for special category
    /// data or no Article 10 coverage for criminal-offence data (MARAC007).
    /// </summary>
    private static void ReportMissingCondition(System.Action<Diagnostic> report, SinkCall sink, Finding finding, RecordedBasis basis, bool redactable)
    {
        var taint = finding.Taint;
        string? kind = null, missing = null;
        var sensitive = taint.SensitiveKinds | (taint.Kinds & (RestrictedKinds.SpecialCategory | RestrictedKinds.CriminalOffence));
        if ((sensitive & RestrictedKinds.SpecialCategory) != 0 && basis.LacksArticle9)
        {
            kind = "special category data";
            missing = "UK GDPR Article 9(2) condition with the DPA 2018 Schedule 1 condition s.10 requires (Schedule 8 under Part 3)";
        }
        else if ((sensitive & RestrictedKinds.CriminalOffence) != 0 && basis.LacksArticle10)
        {
            kind = "criminal-offence data";
            missing = "UK GDPR Article 10 coverage (a DPA 2018 Schedule 1 condition, s.10(5))";
        }

        if (kind is null)
        {
            return;
        }

        report(Diagnostic.Create(
            Descriptors.SensitiveDataWithoutCondition, finding.Leaf.Syntax.GetLocation(), Properties(redactable, attributable: false),
            TaintDescription.ExpressionFrom(finding.Leaf, sensitive == (RestrictedKinds.SpecialCategory | RestrictedKinds.CriminalOffence) ? null : taint.SensitiveSource ?? taint.Source),
            kind, sink.Name, missing));
    }

    private static ImmutableDictionary<string, string?> Properties(bool redactable, bool attributable)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (redactable)
        {
            properties = properties.Add(DiagnosticIds.RedactableProperty, "true");
        }

        if (attributable)
        {
            properties = properties.Add(DiagnosticIds.AttributableProperty, "true");
        }

        return properties;
    }

    internal static bool CanCarryAttribute(ISymbol owner) =>
        !owner.IsImplicitlyDeclared && owner.ContainingType is { IsImplicitlyDeclared: false };

    /// <summary>
    /// A converter's Write method runs inside a serialisation already under way; the disclosure is
    /// decided (and checked) where that serialisation starts.
    /// </summary>
    internal static bool IsInsideConverter(ISymbol owner, KnownSymbols known)
    {
        if (owner is not IMethodSymbol { IsOverride: true } method)
        {
            return false;
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            var type = overridden.ContainingType.OriginalDefinition;
            if (overridden.Name == "Write" && RestrictedMembers.Is(type, known.StjConverter)
                || overridden.Name == "WriteJson" && RestrictedMembers.InheritsFrom(type, known.NewtonsoftConverter))
            {
                return true;
            }
        }

        return false;
    }
}
