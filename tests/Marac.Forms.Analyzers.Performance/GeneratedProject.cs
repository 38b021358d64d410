using System.Text;

namespace Marac.Forms.Analyzers.Performance;

/// <summary>
/// Writes the source of an agency-style project: per module, records and classes whose members carry
/// the data-protection attributes, and services that log, serialise and build strings with them,
/// some under a recorded basis and some not. Without attributes, the same code with every
/// attribute line dropped.
/// </summary>
internal static class GeneratedProject
{
    public static IReadOnlyList<string> Files(int modules, bool withAttributes)
    {
        var files = new List<string>(modules);
        for (var i = 0; i < modules; i++)
        {
            var text = Module(i);
            files.Add(withAttributes ? text : WithoutAttributes(text));
        }

        return files;
    }

    private static string WithoutAttributes(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("[RestrictedPersonalData", StringComparison.Ordinal)
                || trimmed.StartsWith("[SpecialCategoryData", StringComparison.Ordinal)
                || trimmed.StartsWith("[CriminalOffenceData", StringComparison.Ordinal)
                || trimmed.StartsWith("[GenderHistory", StringComparison.Ordinal)
                || trimmed.StartsWith("[ImmigrationStatus", StringComparison.Ordinal)
                || trimmed.StartsWith("[LawfulBasis", StringComparison.Ordinal))
            {
                builder.Append('\n');
                continue;
            }

            builder.Append(line.Replace("[property: RestrictedPersonalData] ", string.Empty, StringComparison.Ordinal)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Module(int i) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        namespace Perf.Module{{i}};

        public sealed record Contact{{i}}([property: RestrictedPersonalData] string Name, string Team, int Priority)
        {
            public override string ToString() => $"Contact in {Team} ({Priority})";
        }

        public sealed class Case{{i}}
        {
            public string Reference { get; set; } = "C{{i}}";

            [RestrictedPersonalData]
            public string VictimName { get; set; } = "";

            [RestrictedPersonalData]
            public string Address { get; set; } = "";

            [SpecialCategoryData(SpecialCategory.Health)]
            public string? Health { get; set; }

            [CriminalOffenceData]
            public string? Offences { get; set; }

            [GenderHistory]
            public string? GenderHistory { get; set; }

            [ImmigrationStatus]
            public string? Immigration { get; set; }

            public int Score { get; set; }

            public DateTime Opened { get; set; }

            public List<Contact{{i}}> Contacts { get; } = new();

            public override string ToString() => "Case " + Reference;
        }

        public sealed class Summary{{i}}
        {
            public string Reference { get; set; } = "";

            [RestrictedPersonalData]
            public string? Name { get; set; }

            public int Count { get; set; }
        }

        public sealed class Service{{i}}
        {
            private readonly ILogger logger;
            private readonly Serilog.ILogger audit;
            private readonly Dictionary<string, Case{{i}}> cases = new();

            public Service{{i}}(ILogger logger, Serilog.ILogger audit)
            {
                this.logger = logger;
                this.audit = audit;
            }

            public void Receive(Case{{i}} item)
            {
                cases[item.Reference] = item;
                logger.LogInformation("Case {Reference} opened on {Opened}", item.Reference, item.Opened);
                logger.LogInformation("Victim {Name}", item.VictimName);
                var line = $"Case {item.Reference} for {item.VictimName} at {item.Address}";
                logger.LogDebug(line);
                var builder = new StringBuilder();
                builder.Append(item.Reference).Append(':').Append(item.Health);
                Console.WriteLine(builder.ToString());
                audit.Information("Stored {@Case}", item);
                audit.Information("Score {Score} for {Reference}", item.Score, item.Reference);
                var contacts = item.Contacts.Where(c => c.Priority > 1).Select(c => c.Team).ToList();
                logger.LogInformation("Teams {Teams}", string.Join(", ", contacts));
                var names = item.Contacts.Select(c => c.Name).ToList();
                Console.WriteLine(string.Join(", ", names));
                if (item.Score > 14)
                {
                    logger.LogWarning("High risk case {Reference} with score {Score}", item.Reference, item.Score);
                }
            }

            public string Export(Case{{i}} item)
            {
                var summary = new Summary{{i}} { Reference = item.Reference, Name = item.VictimName, Count = item.Contacts.Count };
                var anonymous = new { item.Reference, item.Score, Health = item.Health ?? "none" };
                return JsonSerializer.Serialize(summary) + JsonSerializer.Serialize(anonymous);
            }

            [LawfulBasis(Article6Basis.PublicTask, "Referral to the MARAC", "The case", "Safety planning")]
            public string Refer(Case{{i}} item) => JsonSerializer.Serialize(item);

            public string Share(Case{{i}} item, LawfulBasis basis)
            {
                using (DisclosureScope.Begin(basis))
                {
                    logger.LogInformation("Shared {Name}", item.VictimName);
                    return JsonSerializer.Serialize(item);
                }
            }

            public void Sensitive(Case{{i}} item)
            {
                logger.LogDebug("History {History}", item.GenderHistory);
                logger.LogDebug("Status {Status}", Redact.Value(item.Immigration));
                Console.WriteLine(item.Offences is null ? "none" : item.Offences);
            }

            public int Statistics()
            {
                var total = 0;
                foreach (var item in cases.Values)
                {
                    total += item.Score;
                    if (item.Contacts.Count > 3)
                    {
                        total += item.Contacts.Sum(c => c.Priority);
                    }
                }

                var ordered = cases.Values.OrderByDescending(c => c.Score).ThenBy(c => c.Opened).Take(10).ToArray();
                for (var k = 0; k < ordered.Length; k++)
                {
                    total += ordered[k].Score * (k + 1) % 7;
                }

                logger.LogInformation("Statistics over {Count} cases: {Total}", cases.Count, total);
                return total;
            }

            public string Describe(int score) => score switch
            {
                >= 14 => "high",
                >= 10 => "medium",
                _ => "standard",
            };

            public IEnumerable<string> References() => cases.Keys.OrderBy(k => k, StringComparer.Ordinal);

            public Case{{i}}? Find(string reference) => cases.TryGetValue(reference, out var found) ? found : null;

            public void Close(string reference)
            {
                if (cases.Remove(reference, out var removed))
                {
                    logger.LogInformation("Closed {Reference} after {Days} days", reference, (DateTime.UtcNow - removed.Opened).TotalDays);
                }
                else
                {
                    logger.LogWarning("No case {Reference}", reference);
                }
            }

            public Dictionary<string, int> ByTeam() => cases.Values
                .SelectMany(c => c.Contacts)
                .GroupBy(c => c.Team)
                .ToDictionary(g => g.Key, g => g.Count());

            public string Report()
            {
                var builder = new StringBuilder();
                foreach (var (team, count) in ByTeam())
                {
                    builder.Append(team).Append('=').Append(count).AppendLine();
                }

                var text = builder.ToString();
                logger.LogInformation("Report {Report}", text);
                return text;
            }
        }

        """;
}
