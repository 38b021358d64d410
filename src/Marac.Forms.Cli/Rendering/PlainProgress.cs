namespace Marac.Forms.Cli.Rendering;

/// <summary>One plain line per finished file, for redirected output and logs (no terminal control sequences).</summary>
internal sealed class PlainProgress : IRenderProgress
{
    private readonly TextWriter output;
    private readonly int total;
    private readonly object gate = new();
    private int done;

    internal PlainProgress(TextWriter output, int total)
    {
        this.output = output;
        this.total = total;
    }

    public void Completed(RenderOutcome outcome)
    {
        lock (gate)
        {
            done++;
            output.WriteLine(outcome.Succeeded
                ? $"[{done}/{total}] {outcome.Input.Path} -> {string.Join(", ", outcome.Written)}"
                : $"[{done}/{total}] FAILED {outcome.Error}");
        }
    }
}
