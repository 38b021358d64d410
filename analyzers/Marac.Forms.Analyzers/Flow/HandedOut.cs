using System.Collections.Generic;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// Part of a <see cref="MethodSummary"/>: for each of a method's <c>out</c> and <c>ref</c> parameters,
/// the restricted data the method assigns to it whatever it is given, and which of its parameters'
/// values it copies into it. Filled while the summary is computed, read-only afterwards.
/// </summary>
internal sealed class HandedOut
{
    private readonly Dictionary<int, Taint> taints = new();
    private readonly Dictionary<int, HashSet<int>> sources = new();

    public void Add(int ordinal, Taint taint, IEnumerable<int> fromParameters)
    {
        taints[ordinal] = taints.TryGetValue(ordinal, out var existing) ? existing.Merge(taint) : taint;
        if (!sources.TryGetValue(ordinal, out var from))
        {
            from = new HashSet<int>();
            sources.Add(ordinal, from);
        }

        from.UnionWith(fromParameters);
    }

    public Taint Taint(int ordinal) => taints.TryGetValue(ordinal, out var taint) ? taint : Flow.Taint.None;

    public bool Carries(int ordinal, int from) => sources.TryGetValue(ordinal, out var parameters) && parameters.Contains(from);
}
