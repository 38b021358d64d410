namespace Marac.Forms.Definitions;

/// <summary>
/// A form definition or overlay could not be loaded. <see cref="Problems"/> lists every problem found,
/// each naming the file, line, column and the offending path.
/// </summary>
public sealed class FormDefinitionException : MaracFormsException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public FormDefinitionException(IReadOnlyList<FormDefinitionProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order met.</summary>
    public IReadOnlyList<FormDefinitionProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<FormDefinitionProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return problems.Count == 1
            ? "The form definition is not valid: " + problems[0]
            : "The form definition is not valid (" + problems.Count + " problems):" + Environment.NewLine + string.Join(Environment.NewLine, problems);
    }
}
