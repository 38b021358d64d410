using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>How restricted values reach a sink within a method: every flow the rules follow, and the ones they must not.</summary>
public sealed class FlowTests
{
    [Fact]
    public Task Locals_and_string_building() => Verify.DiagnosticsAsync("""
        class C
        {
            void M(Victim v, bool flag, int kind)
            {
                var name = v.Name;
                Console.WriteLine({|MARAC001:name|});
                Console.WriteLine($"Victim {{|MARAC001:v.Name|}} at {{|MARAC001:v.Home|}}");
                Console.WriteLine("Victim " + {|MARAC001:v.Name|});
                var line = $"Victim {v.Name}";
                Console.WriteLine({|MARAC001:line|});
                var joined = "Health: ";
                joined += v.Health;
                Console.WriteLine({|MARAC001:joined|});
                Console.WriteLine(string.Format("{0} / {1}", v.CaseId, {|MARAC001:v.Name|}));
                var builder = new StringBuilder();
                builder.Append("Victim ").Append(v.Name);
                Console.WriteLine({|MARAC001:builder.ToString()|});
                var other = new StringBuilder();
                other.AppendLine($"{v.Convictions}");
                Console.WriteLine({|MARAC001:other|});
                Console.WriteLine(flag ? {|MARAC001:v.Name|} : "unknown");
                Console.WriteLine({|MARAC001:v.Health|} ?? "none");
                Console.WriteLine(kind switch { 1 => {|MARAC001:v.Name|}, _ => "other" });
                object boxed = v.Name;
                Console.WriteLine({|MARAC001:boxed|});
            }
        }
        """);

    [Fact]
    public Task Objects_tuples_collections_and_initialisers() => Verify.DiagnosticsAsync("""
        using System.Text.Json;

        public sealed class Dto
        {
            public string? Text { get; set; }
        }

        class C
        {
            void M(Victim v)
            {
                Console.WriteLine(new { v.CaseId, {|MARAC001:v.Name|} });
                Console.WriteLine(({|MARAC001:v.Name|}, v.CaseId));
                var names = new List<string> { v.Name };
                Console.WriteLine(string.Join(", ", {|MARAC001:names|}));
                var later = new List<string>();
                later.Add(v.Health ?? "");
                JsonSerializer.Serialize({|MARAC002:later|});
                var dto = new Dto { Text = v.Name };
                JsonSerializer.Serialize({|MARAC002:dto|});
                var filled = new Dto();
                filled.Text = v.Convictions;
                JsonSerializer.Serialize({|MARAC002:filled|});
                JsonSerializer.Serialize(new Dto { Text = {|MARAC002:v.Name|} });
                JsonSerializer.Serialize(new[] { {|MARAC002:v.Name|} });
                var map = new Dictionary<string, string> { ["name"] = v.Name };
                JsonSerializer.Serialize({|MARAC002:map|});
                var (first, second) = (v.Name, v.CaseId);
                Console.WriteLine({|MARAC001:first|});
                Console.WriteLine(second);
                JsonSerializer.Serialize(new Dto { Text = v.CaseId });
            }
        }
        """);

    [Fact]
    public Task Whole_objects_members_and_positional_records() => Verify.DiagnosticsAsync("""
        using System.Text.Json;

        class C
        {
            void M(Victim v, CaseFile file, Referral r, List<Victim> victims, object unknown)
            {
                JsonSerializer.Serialize({|MARAC003:{|MARAC004:file|}|});
                JsonSerializer.Serialize({|MARAC003:{|MARAC004:victims|}|});
                Console.WriteLine({|MARAC001:r.VictimName|});
                Console.WriteLine({|MARAC001:r.Address|});
                Console.WriteLine(r.CaseId);
                Console.WriteLine({|MARAC001:v.Home.Postcode|});
                Console.WriteLine({|MARAC001:v?.Name|});
                Console.WriteLine({|MARAC001:file.Victim.Name.ToUpperInvariant()|});
                Console.WriteLine(file.CaseId);
                Console.WriteLine(file.Victim.CaseId);
                if (unknown is Victim matched)
                {
                    JsonSerializer.Serialize({|MARAC003:{|MARAC004:matched|}|});
                }

                JsonSerializer.Serialize(unknown);
            }
        }
        """);

    [Fact]
    public Task Lambdas_loops_helpers_and_parameters() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;

        class C
        {
            static string Describe(string text) => "[" + text + "]";

            void M(List<Victim> victims, [RestrictedPersonalData] string name)
            {
                Console.WriteLine(string.Join(",", {|MARAC001:victims.Select(x => x.Name)|}));
                var names = victims.Select(x => x.Health).ToList();
                foreach (var each in names)
                {
                    Console.WriteLine({|MARAC001:each|});
                }

                Console.WriteLine({|MARAC001:Describe(victims[0].Name)|});
                Console.WriteLine({|MARAC001:name|});
                Console.WriteLine(victims.Count(x => x.Name.Length > 3));
                Console.WriteLine(victims.Select(x => x.CaseId).First());
            }
        }
        """);

    [Fact]
    public Task Yes_no_answers_and_sizes_are_not_the_data() => Verify.DiagnosticsAsync("""
        class C
        {
            void M(Victim v)
            {
                Console.WriteLine(string.IsNullOrEmpty(v.Name));
                Console.WriteLine(v.Name == "x");
                Console.WriteLine(v.Name.Length);
                Console.WriteLine(v.Health is null);
                Console.WriteLine(nameof(v.Name));
                Console.WriteLine(v.VisitCount);
            }
        }
        """);

    [Fact]
    public Task Members_of_a_type_marked_restricted_are_restricted() => Verify.DiagnosticsAsync("""
        using Marac.Forms.DataProtection;
        using System.Text.Json;

        [RestrictedPersonalData]
        public sealed class Placement
        {
            public string Address { get; set; } = "";
            public int Bedrooms { get; set; }
            public static string Scheme = "Refuge";
        }

        [SpecialCategoryData(SpecialCategory.Health)]
        public struct ClinicalNote
        {
            public string Text;
        }

        public class BaseRecord
        {
            public string Reference { get; set; } = "";
        }

        [RestrictedPersonalData]
        public sealed class SafeContact : BaseRecord
        {
            public string Phone { get; set; } = "";
        }

        public sealed class Office
        {
            public string Address { get; set; } = "";
        }

        class C
        {
            void M(Placement placement, ClinicalNote note, SafeContact contact, Office office)
            {
                Console.WriteLine({|MARAC001:placement.Address|});
                Console.WriteLine($"Note: {{|MARAC001:note.Text|}}");
                Console.WriteLine({|MARAC001:contact.Phone|});
                Console.WriteLine({|MARAC001:contact.Reference|});
                JsonSerializer.Serialize(new { Rooms = {|MARAC002:placement.Bedrooms|} });
                Console.WriteLine(Placement.Scheme);
                Console.WriteLine(office.Address);
                Console.WriteLine(placement.Address.Length);
            }
        }
        """);
}
