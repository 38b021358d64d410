namespace Marac.Forms.Documents;

/// <summary>
/// Values hold characters that cannot be printed or stored in a document (control characters such as U+000B,
/// or half a surrogate pair), so the document is not made rather than made with those values changed. The
/// forms' <c>Validate</c> methods report the same characters as validation problems, with the same paths.
/// </summary>
public sealed class UnprintableTextException : MaracFormsException
{
    /// <summary>Creates the exception from the values at fault (at least one).</summary>
    public UnprintableTextException(IReadOnlyList<ValidationProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every value at fault: its path (for example <c>victim.name.givenNames</c>) and what is wrong, never the value itself.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return problems.Count == 1
            ? "The document cannot be made: " + problems[0].Path + " " + problems[0].Message
            : "The document cannot be made (" + problems.Count + " values):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => p.Path + " " + p.Message));
    }
}
