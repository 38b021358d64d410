namespace Marac.Forms;

/// <summary>One problem found by validation.</summary>
/// <param name="Path">Where the problem is, as a JSON-style path such as <c>victim.dateOfBirth</c> or <c>children[1].school</c>.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <summary>An error (the default) or a warning.</summary>
    public ValidationSeverity Severity { get; init; }

    /// <summary>The path and message on one line.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
