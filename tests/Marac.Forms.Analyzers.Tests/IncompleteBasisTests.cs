using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>A lawful basis known to be incomplete records nothing, so it clears nothing, whether or not MARAC005 runs.</summary>
public sealed class IncompleteBasisTests
{
    private const string Source = """
        using Marac.Forms.DataProtection;

        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "Risk to life", "", "Safety planning")]
            void Attributed(Victim v) => Console.WriteLine({|MARAC001:v.Name|});

            void Passed(Victim v) => Console.WriteLine("{0} {1}", {|MARAC001:v.Name|}, LawfulBasis.For(Article6Basis.PublicTask, "Risk to life", "Name", string.Empty));

            void Scoped(Victim v)
            {
                using (DisclosureScope.Begin(new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "Risk to life", Extent = "Name" }))
                {
                    Console.WriteLine({|MARAC001:v.Name|});
                }
            }

            void Complete(Victim v, string reasons) => Console.WriteLine("{0} {1}", v.Name, LawfulBasis.For(Article6Basis.PublicTask, reasons, "Name", "Safety planning"));
        }
        """;

    [Fact]
    public Task Disclosures_under_an_incomplete_basis_are_reported_even_without_the_statements_rule() =>
        Verify.DiagnosticsOfAsync(new DiagnosticAnalyzer[] { new RestrictedDataDisclosureAnalyzer() }, Source);
}
