using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Each rule's severity and the arguments its message is built from: what the value is, what it is, where it goes.</summary>
public sealed class RuleMessageTests
{
    [Fact]
    public Task MARAC001_names_the_value_its_kind_and_the_logging_sink() => Verify.DiagnosticsAsync(
        """
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Victim v) => logger.LogInformation("Victim {Name}", {|#0:v.Name|});
        }
        """,
        Verify.Diagnostic("MARAC001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("'v.Name'", "restricted personal data", "Microsoft.Extensions.Logging"));

    [Fact]
    public Task MARAC002_names_the_value_its_kind_and_the_serialiser() => Verify.DiagnosticsAsync(
        """
        using System.Text.Json;

        class C
        {
            string M(Victim v) => JsonSerializer.Serialize({|#0:v.Name|});
        }
        """,
        Verify.Diagnostic("MARAC002").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("'v.Name'", "restricted personal data", "System.Text.Json"));

    [Fact]
    public Task MARAC003_names_the_gender_history_and_the_sink() => Verify.DiagnosticsAsync(
        """
        class C
        {
            void M(Victim v) => Console.WriteLine({|#0:v.GenderHistory|});
        }
        """,
        Verify.Diagnostic("MARAC003").WithSeverity(DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("'v.GenderHistory'", "Console"));

    [Fact]
    public Task MARAC004_names_the_immigration_status_and_the_sink() => Verify.DiagnosticsAsync(
        """
        class C
        {
            void M(Victim v) => Console.WriteLine({|#0:v.ImmigrationStatus|});
        }
        """,
        Verify.Diagnostic("MARAC004").WithSeverity(DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("'v.ImmigrationStatus'", "Console"));

    [Fact]
    public Task MARAC006_names_the_type_and_the_member_printed() => Verify.DiagnosticsAsync(
        """
        using Marac.Forms.DataProtection;

        public sealed class Person
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            public override string ToString() => "Person " + {|#0:Name|};
        }
        """,
        Verify.Diagnostic("MARAC006").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Person", "Person.Name"));

    [Fact]
    public Task MARAC007_names_the_value_its_category_the_sink_and_what_the_basis_lacks() => Verify.DiagnosticsAsync(
        """
        using Marac.Forms.DataProtection;

        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health", "Safety planning")]
            void M(Victim v) => Console.WriteLine({|#0:v.Health|});
        }
        """,
        Verify.Diagnostic("MARAC007").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments(
                "'v.Health'", "special category data", "Console",
                "UK GDPR Article 9(2) condition with the DPA 2018 Schedule 1 condition s.10 requires (Schedule 8 under Part 3)"));
}
