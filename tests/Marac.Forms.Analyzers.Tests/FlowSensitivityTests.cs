using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Where the order of statements removes a false alarm: overwritten locals, redacting helpers, scopes closed in finally.</summary>
public sealed class FlowSensitivityTests
{
    [Fact]
    public Task A_local_overwritten_with_a_literal_or_a_redacted_value_is_clean_after_it() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;

        class C
        {
            void M(Victim v, bool anonymise, List<Victim> all)
            {
                var name = v.Name;
                Console.WriteLine({|MARAC001:name|});
                name = "withheld";
                Console.WriteLine(name);
                name = v.Name;
                Console.WriteLine({|MARAC001:name|});
                name = Redact.Value(v.Name);
                Console.WriteLine(name);
                var label = v.Name;
                if (anonymise)
                {
                    label = string.Empty;
                }

                Console.WriteLine({|MARAC001:label|});
                var last = "";
                foreach (var each in all)
                {
                    Console.WriteLine({|MARAC001:last|});
                    last = each.Name;
                }
            }
        }
        """);

    [Fact]
    public Task A_helper_whose_every_return_is_redacted_returns_clean_data() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;

        static class Masks
        {
            public static string Mask(string value) => Redact.Value(value);

            public static string MaskOrEmpty(string? value)
            {
                if (value is null)
                {
                    return "";
                }

                return Redact.Value(value);
            }

            public static string Shout(string value) => value.ToUpperInvariant();
        }

        class C
        {
            void M(Victim v)
            {
                Console.WriteLine(Masks.Mask(v.Name));
                Console.WriteLine(Masks.MaskOrEmpty(v.Health));
                Console.WriteLine({|MARAC001:Masks.Shout(v.Name)|});
            }
        }
        """);

    [Fact]
    public Task A_disclosure_scope_disposed_in_finally_counts() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;

        class C
        {
            void M(Victim v, LawfulBasis? maybe)
            {
                var basis = LawfulBasis.For(Article6Basis.PublicTask, "High risk of serious harm", "Name", "Safety planning");
                var scope = DisclosureScope.Begin(basis);
                try
                {
                    Console.WriteLine(v.Name);
                }
                finally
                {
                    scope.Dispose();
                }

                Console.WriteLine({|MARAC001:v.Name|});
                var unclosed = DisclosureScope.Begin(basis);
                try
                {
                    Console.WriteLine({|MARAC001:v.Name|});
                }
                finally
                {
                    Console.WriteLine("done");
                }

                unclosed.Dispose();
            }
        }
        """);
}
