namespace Marac.Forms.Documents;

/// <summary>A filled-in form could not be read back into a record; <see cref="Problems"/> lists every input at fault by its binding path.</summary>
public sealed class FormReadException : MaracFormsException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public FormReadException(IReadOnlyList<FormReadProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<FormReadProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<FormReadProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return problems.Count == 1
            ? "The form could not be read: " + problems[0]
            : "The form could not be read (" + problems.Count + " problems):" + Environment.NewLine + string.Join(Environment.NewLine, problems);
    }
}
