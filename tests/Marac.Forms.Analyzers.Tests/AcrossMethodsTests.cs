using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Restricted data passed to, or returned from, the app's own methods: per-method summaries, reported at the call site.</summary>
public sealed class AcrossMethodsTests
{
    [Fact]
    public Task Arguments_that_reach_a_sink_inside_the_app_s_own_methods() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;
        using System.Text.Json;

        public static class HubLogging
        {
            public static void Audit(this ILogger logger, string what) => logger.LogInformation("Audit: {What}", what);

            public static void Shared(this ILogger logger, string what, LawfulBasis basis) => logger.LogInformation("Shared: {What}", what);

            public static string Serialise<T>(T value) => JsonSerializer.Serialize(value);

            public static void Relay(ILogger logger, string text) => Audit(logger, "relayed " + text);

            public static void Count(ILogger logger, string text) => logger.LogInformation("Length {Length}", text.Length);

            public static void Careful(ILogger logger, string text) => logger.LogInformation("Text {Text}", Redact.Value(text));
        }

        public sealed class Dto
        {
            public string? Name { get; set; }
        }

        class Intake
        {
            private readonly ILogger logger;

            Intake(ILogger logger) => this.logger = logger;

            void M(Victim v)
            {
                var basis = LawfulBasis.For(Article6Basis.PublicTask, "High risk of serious harm", "Name", "Safety planning");
                logger.Audit({|MARAC001:v.Name|});
                logger.Audit(v.CaseId);
                logger.Shared(v.Name, basis);
                HubLogging.Serialise({|MARAC002:v.Health|});
                HubLogging.Relay(logger, {|MARAC001:v.Convictions|});
                HubLogging.Count(logger, v.Name);
                HubLogging.Careful(logger, v.Name);
                HubLogging.Relay(logger, {|MARAC003:v.GenderHistory|});
                logger.LogInformation("Mapped {@Dto}", {|MARAC001:ToDto(v)|});
                logger.LogInformation("Described as {Text}", {|MARAC001:Describe(v)|});
                logger.LogInformation("Case {Text}", CaseOf(v));
                Recurse(v.Name, 3);
            }

            static Dto ToDto(Victim v) => new Dto { Name = v.Name };

            static string Describe(Victim v) => $"{v.Name} ({v.CaseId})";

            static string CaseOf(Victim v) => v.CaseId;

            void Recurse(string text, int depth)
            {
                if (depth > 0)
                {
                    Recurse(text, depth - 1);
                }
            }
        }
        """);

    [Fact]
    public Task The_message_names_the_path_to_the_sink() => Verify.DiagnosticsAsync(
        """
        using Microsoft.Extensions.Logging;

        static class Trail
        {
            public static void Write(ILogger logger, string text) => Inner(logger, text);

            static void Inner(ILogger logger, string line) => logger.LogWarning("{Line}", line);

            static void M(ILogger logger, Victim v) => Write(logger, {|#0:v.Name|});
        }
        """,
        Verify.Diagnostic("MARAC001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "'v.Name'", "restricted personal data", "Microsoft.Extensions.Logging through 'Write(text) -> Inner(line)'"));
}
