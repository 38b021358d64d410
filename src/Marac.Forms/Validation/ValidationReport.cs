namespace Marac.Forms;

/// <summary>Every problem validation found, in the order of the form, with any warnings beside them.</summary>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<ValidationProblem> problems, IReadOnlyList<ValidationProblem> warnings)
    {
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>The errors; empty when the form is valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Warnings: things that may be right but need a second look. They do not make the form invalid.</summary>
    public IReadOnlyList<ValidationProblem> Warnings { get; }

    /// <summary>True when no errors were found (warnings may remain).</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The errors at exactly this path.</summary>
    public IEnumerable<ValidationProblem> At(string path) => Problems.Where(p => p.Path == path);

    /// <summary>One line per error, then one per warning; "valid" when there are neither.</summary>
    public override string ToString()
    {
        var lines = Problems.Select(p => p.ToString()).Concat(Warnings.Select(w => "warning: " + w)).ToArray();
        return lines.Length == 0 ? "valid" : string.Join(Environment.NewLine, lines);
    }
}
