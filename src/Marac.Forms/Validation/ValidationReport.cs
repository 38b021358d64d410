namespace Marac.Forms;

/// <summary>Every problem validation found, in the order of the form.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<ValidationProblem> problems) => Problems = problems;

    /// <summary>The problems; empty when the form is valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when no problems were found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The problems at exactly this path.</summary>
    public IEnumerable<ValidationProblem> At(string path) => Problems.Where(p => p.Path == path);

    /// <summary>One line per problem, or "valid".</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}
