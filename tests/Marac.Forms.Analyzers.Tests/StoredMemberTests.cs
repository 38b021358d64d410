using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Restricted values kept in a field or property of the app's own type and written to a sink elsewhere in the type.</summary>
public sealed class StoredMemberTests
{
    [Fact]
    public Task Fields_and_properties_given_restricted_values_carry_them_to_sinks_elsewhere_in_the_type() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        class VisitTracker
        {
            private static string? lastHealthNote;
            private readonly ILogger logger;
            private string current = "";
            private string caseId = "";
            private string cleared = "";

            public VisitTracker(ILogger logger, Victim first)
            {
                this.logger = logger;
                Current = first.Name;
                caseId = first.CaseId;
            }

            public string Current { get; private set; } = "";

            public void Visit(Victim v)
            {
                current = v.Name;
                lastHealthNote = v.Health;
                cleared = Redact.Value(v.Name);
            }

            public void Flush()
            {
                logger.LogInformation("Visiting {Name}", {|MARAC001:current|});
                logger.LogInformation("Case {Case}", caseId);
                logger.LogInformation("Cleared {Name}", cleared);
                var line = "Now " + Current;
                Console.WriteLine({|MARAC001:line|});
                Console.WriteLine(Redact.Value(current));
            }

            public static void Dump() => Console.WriteLine($"Last note {{|MARAC001:lastHealthNote|}}");

            [LawfulBasis(Article6Basis.PublicTask, "Risk to life", "Name", "Safety planning")]
            public void Share() => logger.LogInformation("Sharing {Name}", current);
        }

        class Other
        {
            void M(VisitTracker tracker) => Console.WriteLine(tracker.Current);
        }
        """);
}
