namespace Marac.Forms.Json;

/// <summary>The message for a JSON member an object does not have, with the likely intended name when there is one.</summary>
internal static class UnknownMemberMessage
{
    /// <param name="name">The name found.</param>
    /// <param name="owner">What the object is, such as a record type's name or "a Marac.Forms file".</param>
    /// <param name="known">The names the object has.</param>
    internal static string For(string name, string owner, IReadOnlyList<string> known)
    {
        var message = Quoted.Name(name) + " is not a member of " + owner;
        var suggestion = Suggest(name, known);
        if (suggestion is not null)
        {
            return message + "; did you mean " + Quoted.Name(suggestion) + "? (names are case-sensitive)";
        }

        return known.Count <= 8 ? message + "; its members are " + Quoted.List(known, "and") : message;
    }

    private static string? Suggest(string name, IReadOnlyList<string> known)
    {
        var caseOnly = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (caseOnly is not null)
        {
            return caseOnly;
        }

        if (name.Length < 4 || name.Length > 100)
        {
            return null;
        }

        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
