using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>
/// The analyzers run while the user types: on every prefix and on damaged copies of attribute-heavy
/// code they must never throw (an AD0001 in the build).
/// </summary>
public sealed class RobustnessTests
{
    private const string Source = """
        using System.Text;
        using System.Text.Json;
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        public sealed record Person([RestrictedPersonalData] string Name, [GenderHistory] string? History);

        public sealed class Holder
        {
            [ImmigrationStatus]
            public string? Status { get; set; }

            public override string ToString() => $"Holder {Status}";
        }

        static class Work
        {
            [LawfulBasis(Article6Basis.PublicTask, "", "extent", "use", GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed)]
            static void B()
            {
            }

            static void A(ILogger logger, Person p, Holder h)
            {
                var builder = new StringBuilder().Append(p.Name);
                logger.LogInformation("{Name} {@Holder}", p?.Name ?? "x", h);
                JsonSerializer.Serialize(new { p?.Name, List = new[] { h.Status } });
                using var scope = DisclosureScope.Begin(new LawfulBasis { Reasons = "r" } with { Extent = "" });
                var (a, b) = (p!.History, h.Status);
                System.Console.WriteLine(builder.ToString() + a + b + string.Format("{0}", h));
            }
        }
        """;

    [Fact]
    public async Task Every_prefix_of_attribute_heavy_code_is_analysed_without_a_crash()
    {
        for (var length = 0; length <= Source.Length; length += 11)
        {
            await AnalyseBrokenAsync(Source.Substring(0, length));
        }
    }

    [Fact]
    public async Task Damaged_copies_are_analysed_without_a_crash()
    {
        var random = new Random(20260218);
        for (var i = 0; i < 80; i++)
        {
            var start = random.Next(Source.Length);
            var length = random.Next(1, 40);
            var damaged = Source.Remove(start, Math.Min(length, Source.Length - start));
            await AnalyseBrokenAsync(damaged);
        }
    }

    [Fact]
    public async Task The_analyzers_do_report_on_the_intact_source()
    {
        var compilation = TestCompilation.Create(new[] { ("Broken.cs", Source) }, TestReferences.All);
        TestCompilation.AssertCompiles(compilation);
        var ids = (await TestCompilation.AnalyzeAsync(compilation)).Select(d => d.Id).Distinct().Order().ToArray();
        Assert.Equal(new[] { "MARAC001", "MARAC002", "MARAC003", "MARAC004", "MARAC005", "MARAC006" }, ids);
    }

    private static async Task AnalyseBrokenAsync(string text)
    {
        var compilation = TestCompilation.Create(new[] { ("Broken.cs", text) }, TestReferences.All);
        await TestCompilation.AnalyzeAsync(compilation);
    }
}
