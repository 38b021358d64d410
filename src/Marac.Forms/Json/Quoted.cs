namespace Marac.Forms.Json;

/// <summary>Formats names for error messages.</summary>
internal static class Quoted
{
    private const int LongestNameShown = 60;

    /// <summary>The name in double quotes, cut short when very long (a broken file may put anything in a name).</summary>
    internal static string Name(string name) =>
        "\"" + (name.Length <= LongestNameShown ? name : name.Substring(0, LongestNameShown) + "…") + "\"";

    /// <summary>Quoted names joined as English: "a", "b" or "c".</summary>
    internal static string List(IReadOnlyList<string> names, string conjunction)
    {
        var quoted = names.Select(Name).ToArray();
        return quoted.Length switch
        {
            0 => string.Empty,
            1 => quoted[0],
            _ => string.Join(", ", quoted, 0, quoted.Length - 1) + " " + conjunction + " " + quoted[quoted.Length - 1],
        };
    }
}
