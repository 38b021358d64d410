namespace Marac.Forms.Cli.Rendering;

/// <summary>What happened to one input: the files written, or the reason it failed.</summary>
internal sealed record RenderOutcome(RenderInput Input, IReadOnlyList<string> Written, string? Error)
{
    internal bool Succeeded => Error is null;
}
