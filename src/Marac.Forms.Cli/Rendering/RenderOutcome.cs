namespace Marac.Forms.Cli.Rendering;

/// <summary>What happened to one input: the files written (and how many validation problems the form has), or the reason it failed.</summary>
internal sealed record RenderOutcome(RenderInput Input, IReadOnlyList<string> Written, string? Error, int ValidationProblems = 0)
{
    internal bool Succeeded => Error is null;
}
