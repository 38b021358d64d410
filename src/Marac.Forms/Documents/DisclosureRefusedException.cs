namespace Marac.Forms.Documents;

/// <summary>
/// A document is not made because printing it would disclose data the law protects without the record that makes
/// the disclosure lawful (for now: gender history without its Gender Recognition Act 2004 s.22 exemption).
/// <see cref="Problems"/> names each place and what to record.
/// </summary>
public sealed class DisclosureRefusedException : MaracFormsException
{
    /// <summary>Creates the exception from the places at fault (at least one).</summary>
    public DisclosureRefusedException(IReadOnlyList<ValidationProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Each place at fault and what is missing; never the protected data itself.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return "The document is not made: " + string.Join(" ", problems.Select(p => p.Path + " " + p.Message));
    }
}
