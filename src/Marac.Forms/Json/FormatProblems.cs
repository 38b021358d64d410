namespace Marac.Forms.Json;

/// <summary>
/// Every problem found in one input, raised inside the reader once it has looked as far as it can, and turned into
/// one <see cref="MaracFormatException"/> at the public entry point.
/// </summary>
internal sealed class FormatProblems : Exception
{
    internal FormatProblems(IReadOnlyList<FormatProblem> problems, bool stoppedEarly)
        : base("The input has " + problems.Count + " problem(s).")
    {
        Problems = problems.ToArray();
        StoppedEarly = stoppedEarly;
    }

    internal IReadOnlyList<FormatProblem> Problems { get; }

    /// <summary>True when reading stopped at <see cref="FormatProblemList.Most"/> problems, so there may be more.</summary>
    internal bool StoppedEarly { get; }
}
