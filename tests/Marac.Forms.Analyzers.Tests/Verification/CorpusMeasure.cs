using System.Text;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>What one corpus line is labelled with: the rules it must draw, and the leaks known to be missed.</summary>
internal sealed record LineLabel(IReadOnlySet<string> Leaks, IReadOnlySet<string> Gaps, bool IsNegative)
{
    public static LineLabel Unlabelled { get; } = new(new HashSet<string>(), new HashSet<string>(), false);

    /// <summary>Parses "leak: MARAC001, MARAC002; gap: MARAC003" or "ok".</summary>
    public static LineLabel Parse(string body)
    {
        var leaks = new HashSet<string>();
        var gaps = new HashSet<string>();
        foreach (var part in body.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            var kind = colon < 0 ? part : part[..colon].Trim();
            var ids = colon < 0 ? Array.Empty<string>() : part[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var target = kind switch
            {
                "leak" => leaks,
                "gap" => gaps,
                "ok" => null,
                _ => throw new FormatException($"Unknown corpus label '{part}'."),
            };
            target?.UnionWith(ids);
        }

        return new LineLabel(leaks, gaps, leaks.Count == 0 && gaps.Count == 0);
    }
}

/// <summary>Counts true and false positives and misses per rule over a labelled corpus.</summary>
internal sealed class CorpusMeasure
{
    private readonly SortedDictionary<string, (int TruePositives, int FalsePositives, int Misses)> counts = new(StringComparer.Ordinal);
    private int positives;
    private int negatives;

    public void Add(LineLabel label, IReadOnlySet<string> reported)
    {
        if (label.IsNegative)
        {
            negatives++;
        }
        else if (label.Leaks.Count + label.Gaps.Count > 0)
        {
            positives++;
        }

        var expected = label.Leaks.Union(label.Gaps).ToHashSet();
        foreach (var id in expected.Union(reported))
        {
            var (tp, fp, fn) = counts.TryGetValue(id, out var c) ? c : (0, 0, 0);
            if (expected.Contains(id) && reported.Contains(id))
            {
                tp++;
            }
            else if (reported.Contains(id))
            {
                fp++;
            }
            else
            {
                fn++;
            }

            counts[id] = (tp, fp, fn);
        }
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine($"corpus: {positives} positive lines, {negatives} negative lines");
        text.AppendLine("rule      TP  FP  FN  precision  recall");
        foreach (var (id, (tp, fp, fn)) in counts)
        {
            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            text.AppendLine($"{id}  {tp,3} {fp,3} {fn,3}  {precision,9:0.00}  {recall,6:0.00}");
        }

        return text.ToString();
    }
}
