namespace Marac.Forms.Json;

/// <summary>
/// The problems found so far while reading one input, in the order met. Bounded: once <see cref="Most"/> are found
/// reading stops, so a huge file of mistakes cannot build a huge message.
/// </summary>
internal sealed class FormatProblemList
{
    /// <summary>The most problems reported for one input.</summary>
    internal const int Most = 100;

    private readonly List<FormatProblem> problems = new();

    internal int Count => problems.Count;

    /// <exception cref="FormatProblems">This was problem number <see cref="Most"/>: reading stops here.</exception>
    internal void Add(FormatProblem problem)
    {
        problems.Add(problem);
        if (problems.Count >= Most)
        {
            throw new FormatProblems(problems, stoppedEarly: true);
        }
    }

    /// <summary>Gives problems found from <paramref name="from"/> on with an empty path the path <paramref name="path"/> instead.</summary>
    internal void NameEmptyPaths(int from, string path)
    {
        for (var i = from; i < problems.Count; i++)
        {
            if (problems[i].Path.Length == 0)
            {
                problems[i] = new FormatProblem(path, problems[i].Offset, problems[i].Reason, problems[i].InnerException);
            }
        }
    }

    /// <exception cref="FormatProblems">Any problem was found.</exception>
    internal void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new FormatProblems(problems, stoppedEarly: false);
        }
    }
}
