using Marac.Forms.Analyzers.CodeFixes;
using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>
/// Fix-all over several documents and projects: in document scope one pass per document, in
/// project scope one per project, in solution scope one for everything.
/// </summary>
public sealed class FixAllScopeTests
{
    private const string PartnerProject = "PartnerAgency";

    private const string Intake = """
        using Microsoft.Extensions.Logging;

        class Intake
        {
            void Log(ILogger logger, Perpetrator p) => logger.LogWarning("{Name}", {|MARAC001:p.Name|});
        }
        """;

    private const string IntakeRedacted = """
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        class Intake
        {
            void Log(ILogger logger, Perpetrator p) => logger.LogWarning("{Name}", Redact.Value(p.Name));
        }
        """;

    private const string Partner = """
        class Partner
        {
            void Note(Victim v) => Console.WriteLine("Seen: " + {|MARAC001:v.Name|});

            void Print(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """;

    private const string PartnerRedacted = """
        using Marac.Forms.DataProtection;

        class Partner
        {
            void Note(Victim v) => Console.WriteLine("Seen: " + Redact.Value(v.Name));

            void Print(Victim v) => Console.WriteLine(Redact.Value(v.Name));
        }
        """;

    private const string PartnerWithBases = """
        using Marac.Forms.DataProtection;

        class Partner
        {
            [{|MARAC005:LawfulBasis(Article6Basis.LegalObligation, reasons: "", extent: "", permittedUse: "")|}]
            void Note(Victim v) => Console.WriteLine("Seen: " + {|MARAC001:v.Name|});

            [{|MARAC005:LawfulBasis(Article6Basis.LegalObligation, reasons: "", extent: "", permittedUse: "")|}]
            void Print(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """;

    private const string PartnerWithOneBasis = """
        using Marac.Forms.DataProtection;

        class Partner
        {
            [{|MARAC005:LawfulBasis(Article6Basis.LegalObligation, reasons: "", extent: "", permittedUse: "")|}]
            void Note(Victim v) => Console.WriteLine("Seen: " + {|MARAC001:v.Name|});

            void Print(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """;

    [Fact]
    public async Task Redact_fix_all_in_document_project_and_solution_scope()
    {
        var test = new MaracTest(new RedactCodeFixProvider())
        {
            CodeActionEquivalenceKey = "MaracRedactValue",
            NumberOfIncrementalIterations = 5,
            NumberOfFixAllInDocumentIterations = 3,
            NumberOfFixAllInProjectIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        MaracTest.SetSources(test.TestState, """
            class C
            {
                void M(Victim v)
                {
                    Console.WriteLine({|MARAC001:v.Name|});
                    Console.WriteLine({|MARAC001:v.Convictions|});
                }
            }
            """);
        test.TestState.Sources.Add(("Intake.cs", Intake));
        AddPartner(test.TestState, Partner);

        MaracTest.SetSources(test.FixedState, """
            using Marac.Forms.DataProtection;

            class C
            {
                void M(Victim v)
                {
                    Console.WriteLine(Redact.Value(v.Name));
                    Console.WriteLine(Redact.Value(v.Convictions));
                }
            }
            """);
        test.FixedState.Sources.Add(("Intake.cs", IntakeRedacted));
        AddPartner(test.FixedState, PartnerRedacted);

        await test.RunAsync();
    }

    [Fact]
    public async Task Add_attribute_fix_all_in_solution_scope_reaches_every_project()
    {
        const string before = """
            class C
            {
                public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
            }
            """;
        const string after = """
            using Marac.Forms.DataProtection;

            class C
            {
                [{|MARAC005:LawfulBasis(Article6Basis.LegalObligation, reasons: "", extent: "", permittedUse: "")|}]
                public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
            }
            """;
        var test = new MaracTest(new AddLawfulBasisAttributeCodeFixProvider())
        {
            CodeActionEquivalenceKey = "MaracAddLawfulBasisAttribute.LegalObligation",
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,

            // The attribute is left for the author to complete, so its diagnostics stay and the fix
            // is applied once. Document and project scope would each leave the other project
            // unfixed, which the single fix-all expectation below cannot state.
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne
                | CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
        };
        MaracTest.SetSources(test.TestState, before);
        AddPartner(test.TestState, Partner);

        // One fix reaches only the first diagnostic's member (the framework takes Partner.cs's
        // first); fix-all in the solution reaches every member of both projects.
        MaracTest.SetSources(test.FixedState, before);
        AddPartner(test.FixedState, PartnerWithOneBasis);
        MaracTest.SetSources(test.BatchFixedState, after);
        AddPartner(test.BatchFixedState, PartnerWithBases);

        await test.RunAsync();
    }

    /// <summary>A second agency's project, with its own copy of the test model, in the same solution.</summary>
    private static void AddPartner(SolutionState state, string partnerSource)
    {
        var partner = state.AdditionalProjects[PartnerProject];
        partner.Sources.AddRange(TestCompilation.WithModel(partnerSource).Select(source =>
            (source.Path == MaracTest.TestPath ? "Partner.cs" : source.Path, SourceText.From(source.Text))));
        partner.AdditionalReferences.AddRange(TestReferences.Framework);
        partner.AdditionalReferences.AddRange(TestReferences.Libraries);
    }
}
