using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC006: a type whose ToString() would print restricted members.</summary>
public sealed class ToStringTests
{
    private const string Usings = """
        using Marac.Forms.DataProtection;

        """;

    [Fact]
    public Task Generated_record_ToString() => Verify.DiagnosticsAsync(Usings + """
        public sealed record {|MARAC006:Person|}([RestrictedPersonalData] string Name, string Team);

        public record {|MARAC006:Contact|}
        {
            [SpecialCategoryData(SpecialCategory.Health)]
            public string Needs { get; init; } = "";
        }

        public readonly record struct {|MARAC006:Pair|}(string CaseId, [property: CriminalOffenceData] string Offence);

        [RestrictedPersonalData]
        public sealed record {|MARAC006:Note|}(string Text);

        public sealed record Hidden([RestrictedPersonalData] string Name)
        {
            public override string ToString() => "Hidden";
        }

        public sealed record Plain(string CaseId, int Count);

        public sealed class ClassKeepsObjectToString
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";
        }

        class C
        {
            void M(Person p, Hidden h, Note n)
            {
                Console.WriteLine({|MARAC001:p|});
                Console.WriteLine(h);
                Console.WriteLine({|MARAC001:n|});
            }
        }
        """);

    [Fact]
    public Task Hand_written_overrides() => Verify.DiagnosticsAsync(Usings + """
        public sealed class Interpolates
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            public string CaseId { get; set; } = "";

            public override string ToString() => $"Case {CaseId} for {{|MARAC006:Name|}}";
        }

        public sealed class Concatenates
        {
            [GenderHistory]
            public string? History { get; set; }

            public override string ToString()
            {
                var text = "History: " + History;
                return {|MARAC006:text|};
            }
        }

        public sealed class Redacts
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            public override string ToString() => $"Person {Redact.Value(Name)} ({nameof(Name)})";
        }

        public record Printer([RestrictedPersonalData] string Name, string Team)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Team = ").Append(Team);
                builder.Append(", ").Append({|MARAC006:Name|});
                return true;
            }
        }
        """);
}
