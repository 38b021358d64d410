using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Restricted data handed back through <c>out</c> and <c>ref</c> parameters, and passed in by <c>ref</c>.</summary>
public sealed class OutAndRefTests
{
    private const string Helpers = """
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        static class Lookup
        {
            public static bool TryFindName(Victim v, out string name)
            {
                name = v.Name;
                return true;
            }

            public static void Copy(string text, out string copy) => copy = text;

            public static void Mask(string text, out string masked) => masked = Redact.Value(text);

            public static void Placeholder(Victim v, out string label) => label = "withheld";

            public static void CaseOf(Victim v, out string id) => id = v.CaseId;

            public static void Relay(Victim v, out string name) => TryFindName(v, out name);

            public static void Append(ref string line, Victim v) => line += " " + v.Name;

            public static bool Visits(Victim v, out int visits)
            {
                visits = v.Name.Length;
                return true;
            }

            public static void LogRef(ILogger logger, ref string text) => logger.LogInformation("{Text}", text);

            public static void Fill(ILogger logger, out string text)
            {
                text = "none";
                logger.LogInformation("{Text}", text);
            }
        }

        """;

    [Fact]
    public Task Out_and_ref_parameters_hand_restricted_data_to_the_caller_s_variable() => Verify.DiagnosticsAsync(Helpers + """
        class Intake
        {
            void M(ILogger logger, Victim v, Dictionary<string, string> byCase)
            {
                if (Lookup.TryFindName(v, out var found))
                {
                    logger.LogInformation("{Name}", {|MARAC001:found|});
                }

                Lookup.Copy(v.Name, out var copied);
                logger.LogInformation("{Name}", {|MARAC001:copied|});
                Lookup.Relay(v, out var relayed);
                logger.LogInformation("{Name}", {|MARAC001:relayed|});
                string declared;
                Lookup.Copy(v.Health ?? "", out declared);
                logger.LogInformation("{Health}", {|MARAC001:declared|});
                var line = "Case " + v.CaseId;
                Lookup.Append(ref line, v);
                logger.LogInformation("{Line}", {|MARAC001:line|});
                var names = new Dictionary<string, string>();
                names.Add(v.CaseId, v.Name);
                if (names.TryGetValue(v.CaseId, out var fromDictionary))
                {
                    logger.LogInformation("{Name}", {|MARAC001:fromDictionary|});
                }

                var name = v.Name;
                Lookup.LogRef(logger, ref {|MARAC001:name|});
            }
        }
        """);

    [Fact]
    public Task Out_parameters_given_clean_data_leave_the_caller_s_variable_clean() => Verify.DiagnosticsAsync(Helpers + """
        class Intake
        {
            void M(ILogger logger, Victim v, Dictionary<string, string> byCase)
            {
                Lookup.Copy(v.CaseId, out var caseCopy);
                logger.LogInformation("{Id}", caseCopy);
                Lookup.Mask(v.Name, out var masked);
                logger.LogInformation("{Name}", masked);
                Lookup.Placeholder(v, out var label);
                logger.LogInformation("{Name}", label);
                Lookup.CaseOf(v, out var id);
                logger.LogInformation("{Id}", id);
                byCase.TryGetValue(v.CaseId, out var plain);
                logger.LogInformation("{Plain}", plain);
                Lookup.Visits(v, out var visits);
                logger.LogInformation("{Visits}", visits);
                var safe = "no name";
                Lookup.LogRef(logger, ref safe);
                string overwritten;
                Lookup.TryFindName(v, out overwritten);
                overwritten = "withheld";
                logger.LogInformation("{Name}", overwritten);
                var previous = v.Name;
                Lookup.Fill(logger, out previous);
                Lookup.Copy(v.Name, out _);
            }
        }
        """);

    [Fact]
    public Task The_message_names_where_the_handed_out_data_came_from() => Verify.DiagnosticsAsync(
        Helpers + """
        class Intake
        {
            void M(ILogger logger, Victim v)
            {
                Lookup.Relay(v, out var relayed);
                logger.LogInformation("{Name}", {|#0:relayed|});
            }
        }
        """,
        Verify.Diagnostic("MARAC001").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "'relayed'", "carries restricted personal data from 'Victim.Name'", "Microsoft.Extensions.Logging"));
}
