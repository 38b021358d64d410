using System.Text.RegularExpressions;
using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>
/// The labelled safeguarding-hub corpus (Corpus/HubServices.cs): every labelled leak is found, nothing
/// else is reported, and precision and recall per rule are printed (known gaps count against recall).
/// </summary>
public sealed class CorpusMeasureTests
{
    private static readonly Regex Label = new(@"//\s*(?<body>(leak|gap|ok)\b.*)$", RegexOptions.Compiled);

    private readonly ITestOutputHelper output;

    public CorpusMeasureTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task The_hub_corpus_draws_exactly_its_labelled_leaks()
    {
        var services = Corpus.Read("HubServices.cs");
        var compilation = TestCompilation.Create(new[] { ("HubModel.cs", Corpus.Read("HubModel.cs")), ("HubServices.cs", services) }, TestReferences.All);
        TestCompilation.AssertCompiles(compilation);
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation);

        var labels = ParseLabels(services);
        var found = diagnostics
            .Where(d => d.Location.SourceTree?.FilePath == "HubServices.cs")
            .GroupBy(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToHashSet());
        Assert.DoesNotContain(diagnostics, d => d.Location.SourceTree?.FilePath != "HubServices.cs");

        var measure = new CorpusMeasure();
        var problems = new List<string>();
        foreach (var line in labels.Keys.Union(found.Keys).Order())
        {
            var label = labels.TryGetValue(line, out var l) ? l : LineLabel.Unlabelled;
            var reported = found.TryGetValue(line, out var f) ? f : new HashSet<string>();
            measure.Add(label, reported);
            if (!reported.SetEquals(label.Leaks))
            {
                problems.Add($"line {line}: expected [{string.Join(", ", label.Leaks.Order())}], reported [{string.Join(", ", reported.Order())}]");
            }
        }

        output.WriteLine(measure.Table());
        Assert.True(labels.Values.Count(v => v.IsNegative) * 3 >= labels.Count, "At least a third of the labelled lines must be negatives.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Dictionary<int, LineLabel> ParseLabels(string source)
    {
        var labels = new Dictionary<int, LineLabel>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Label.Match(lines[i].TrimEnd('\r'));
            if (match.Success && !lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                labels[i + 1] = LineLabel.Parse(match.Groups["body"].Value);
            }
        }

        return labels;
    }
}
