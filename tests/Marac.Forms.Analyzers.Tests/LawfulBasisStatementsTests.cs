using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC005: a lawful basis states its Article 6 basis, reasons, extent and permitted use (seed protocol section 2.2).</summary>
public sealed class LawfulBasisStatementsTests
{
    private const string Usings = """
        using Marac.Forms.DataProtection;

        """;

    [Fact]
    public Task Attributes() => Verify.DiagnosticsAsync(Usings + """
        [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, "", "", "")|}]
        class Empty
        {
            [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, "Risk to life", "  ", "Safety planning")|}]
            void BlankExtent()
            {
            }

            [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, reasons: "Risk to life", extent: "Name", permittedUse: null!)|}]
            string NullUse => "";

            [LawfulBasis(Article6Basis.VitalInterests, "Risk to life", "Name and address", "Emergency response")]
            void Complete()
            {
                [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, "", "e", "u")|}]
                void Local()
                {
                }

                Local();
                Func<int> lambda = [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, "r", "e", "")|}] () => 1;
                _ = lambda;
            }
        }
        """);

    [Fact]
    public Task A_part_3_basis_states_its_section_35_basis_instead_of_an_article_6_basis() => Verify.DiagnosticsAsync(Usings + """
        [LawfulBasis(LawEnforcementBasis.NecessaryForLawEnforcementTask, "Preventing further offences", "Incident log", "Police safeguarding action")]
        class C
        {
            LawfulBasis A() => LawfulBasis.ForLawEnforcement(LawEnforcementBasis.NecessaryForLawEnforcementTask, "Preventing further offences", "Incident log", "Police action");

            LawfulBasis B() => new LawfulBasis
            {
                Regime = ProcessingRegime.LawEnforcement,
                Section35 = LawEnforcementBasis.NecessaryForLawEnforcementTask,
                Reasons = "Preventing further offences",
                Extent = "Incident log",
                PermittedUse = "Police action",
            };

            LawfulBasis D() => {|MARAC005:new LawfulBasis { Regime = ProcessingRegime.LawEnforcement, Section35 = null, Reasons = "r", Extent = "e", PermittedUse = "u" }|};

            LawfulBasis E() => {|MARAC005:LawfulBasis.ForLawEnforcement(LawEnforcementBasis.Consent, "", "e", "u")|};
        }
        """);

    [Fact]
    public Task Values_written_in_code() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            private LawfulBasis stored = new();

            LawfulBasis A() => {|MARAC005:new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "Risk to life" }|};

            LawfulBasis B() => {|MARAC005:LawfulBasis.For(Article6Basis.PublicTask, "", "Name", "Safety")|};

            LawfulBasis D(LawfulBasis basis) => {|MARAC005:basis with { PermittedUse = " " }|};

            IDisposable E() => DisclosureScope.Begin({|MARAC005:new LawfulBasis()|});

            LawfulBasis F() => new LawfulBasis { Article6 = Article6Basis.VitalInterests, Reasons = "Risk to life", Extent = "Name", PermittedUse = "Safety planning" };

            LawfulBasis G(Article6Basis article6, string reasons, string extent, string use) => new LawfulBasis { Article6 = article6, Reasons = reasons, Extent = extent, PermittedUse = use };

            LawfulBasis H(LawfulBasis basis) => basis with { GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed };

            LawfulBasis I() => new LawfulBasis() with { Article6 = Article6Basis.PublicTask, Reasons = "r", Extent = "e", PermittedUse = "u" };

            LawfulBasis J() => {|MARAC005:new LawfulBasis() with { Reasons = "r" }|};

            LawfulBasis K(LawfulBasis? value) => stored = value ?? new();

            LawfulBasis L() => {|MARAC005:new LawfulBasis { Reasons = "Risk to life", Extent = "Name", PermittedUse = "Safety planning" }|};

            LawfulBasis M() => {|MARAC005:new LawfulBasis { Article6 = null, Reasons = "r", Extent = "e", PermittedUse = "u" }|};

            LawfulBasis N(LawfulBasis basis) => {|MARAC005:basis with { Article6 = null }|};

            LawfulBasis O(Article6Basis? chosen) => new LawfulBasis { Article6 = chosen, Reasons = "r", Extent = "e", PermittedUse = "u" };
        }
        """);

    [Fact]
    public Task Any_expression_whose_value_is_known_to_be_empty_counts() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            private const string Nothing = "";
            private const string Blank = "   ";

            LawfulBasis A() => {|MARAC005:LawfulBasis.For(Article6Basis.PublicTask, string.Empty, "Name", "Safety")|};

            LawfulBasis B() => {|MARAC005:LawfulBasis.For(Article6Basis.PublicTask, "Risk to life", String.Empty, "Safety")|};

            LawfulBasis D() => {|MARAC005:new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "r", Extent = "e", PermittedUse = string.Empty + Blank }|};

            LawfulBasis E() => {|MARAC005:LawfulBasis.For(Article6Basis.PublicTask, Nothing + " ", "Name", "Safety")|};

            LawfulBasis F() => {|MARAC005:LawfulBasis.For(Article6Basis.PublicTask, default!, "Name", "Safety")|};

            LawfulBasis G(string reasons) => LawfulBasis.For(Article6Basis.PublicTask, reasons + string.Empty, "Name", "Safety");

            LawfulBasis H() => LawfulBasis.For(Article6Basis.PublicTask, string.Empty + "Risk to life", "Name", "Safety");
        }
        """);

    [Fact]
    public Task The_message_names_a_missing_Article_6_basis_with_the_statements() => Verify.DiagnosticsAsync(
        Usings + """
        class C
        {
            LawfulBasis A() => {|#0:new LawfulBasis { Reasons = "Risk to life" }|};
        }
        """,
        Verify.Diagnostic("MARAC005").WithSeverity(DiagnosticSeverity.Error).WithLocation(0).WithArguments("its Article 6 basis, extent or permitted use"));
}
