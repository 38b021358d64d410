using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Every way a recorded lawful basis (or redaction) clears a disclosure, and near misses that must not.</summary>
public sealed class ClearanceTests
{
    private const string Usings = """
        using System.Text.Json;
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task A_basis_passed_to_the_same_call() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            private readonly LawfulBasis basis = LawfulBasis.For(Article6Basis.PublicTask, "MARAC referral", "Name", "Safety planning");

            void M(ILogger logger, Victim v)
            {
                logger.LogInformation("Shared {Name} under {Basis}", v.Name, basis);
                logger.LogInformation("Shared {Name} under {Basis}", {|MARAC001:v.Name|}, null);
                LawfulBasis? none = null;
                logger.LogInformation("Shared {Name}", {|MARAC001:v.Name|});
                _ = none;
            }
        }
        """);

    [Fact]
    public Task An_enclosing_disclosure_scope() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            private readonly LawfulBasis basis = LawfulBasis.For(Article6Basis.PublicTask, "MARAC referral", "Name", "Safety planning");

            void Statement(Victim v)
            {
                using (DisclosureScope.Begin(basis))
                {
                    Console.WriteLine(v.Name);
                    JsonSerializer.Serialize({|MARAC003:{|MARAC004:v|}|});
                }

                Console.WriteLine({|MARAC001:v.Name|});
            }

            void Declaration(Victim v)
            {
                Console.WriteLine({|MARAC001:v.Name|});
                using var scope = DisclosureScope.Begin(basis);
                Console.WriteLine(v.Name);
                Action later = () => Console.WriteLine(v.Health);
                later();
            }

            void SiblingBlock(Victim v)
            {
                {
                    using var scope = DisclosureScope.Begin(basis);
                }

                Console.WriteLine({|MARAC001:v.Name|});
            }

            void FromLocal(Victim v)
            {
                var local = LawfulBasis.For(Article6Basis.VitalInterests, "Risk to life", "Name only", "Emergency response");
                using (var scope = DisclosureScope.Begin(local))
                {
                    Console.WriteLine(v.Name);
                }
            }
        }
        """);

    [Fact]
    public Task A_lawful_basis_attribute_on_the_member_or_type() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "Referral to the MARAC", "Victim's name", "Safety planning")]
            void OnMethod(Victim v) => Console.WriteLine(v.Name);

            void Elsewhere(Victim v) => Console.WriteLine({|MARAC001:v.Name|});

            [LawfulBasis(Article6Basis.PublicTask, "Case summary", "Name", "Safety planning")]
            string OnProperty => JsonSerializer.Serialize(new Victim().Name);

            void LocalFunction(Victim v)
            {
                [LawfulBasis(Article6Basis.PublicTask, "Police check", "Name", "Crime prevention")]
                void Send() => Console.WriteLine(v.Name);

                Send();
                Func<string> lambda = [LawfulBasis(Article6Basis.PublicTask, "Report", "Name", "Audit")] () => JsonSerializer.Serialize(v.Name);
                _ = lambda;
            }

            C(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }

        [LawfulBasis(Article6Basis.PublicTask, "Every method here writes the referral to the MARAC", "The referral", "MARAC meeting")]
        class Sender
        {
            void Send(CaseFile file) => JsonSerializer.Serialize({|MARAC003:{|MARAC004:file|}|});

            void Send(Perpetrator p) => JsonSerializer.Serialize({|MARAC007:p|});

            class Nested
            {
                void Send(Victim v) => Console.WriteLine(v.Name);
            }
        }
        """);

    [Fact]
    public Task A_lawful_basis_parameter_of_the_enclosing_method() => Verify.DiagnosticsAsync(Usings + """
        static class Writer
        {
            public static string Write(CaseFile file, LawfulBasis basis) => JsonSerializer.Serialize({|MARAC003:{|MARAC004:file|}|});

            public static string Write(Perpetrator p, LawfulBasis basis) => JsonSerializer.Serialize(p);

            public static string Optional(CaseFile file, LawfulBasis? basis = null) => JsonSerializer.Serialize({|MARAC003:{|MARAC004:file|}|});

            public static string Optional(Perpetrator p, LawfulBasis? basis = null) => JsonSerializer.Serialize({|MARAC002:p|});
        }
        """);

    [Fact]
    public Task Redaction() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            void M(ILogger logger, Victim v)
            {
                logger.LogInformation("Victim {Name}", Redact.Value(v.Name));
                var hidden = Redact.Value(v.Health);
                Console.WriteLine(hidden);
                Console.WriteLine($"Victim {Redact.Value(v.Name)} in case {v.CaseId}");
                JsonSerializer.Serialize(new { v.CaseId, Name = Redact.Value(v.Name) });
            }
        }
        """);
}
