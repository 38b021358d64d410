namespace Marac.Forms.Cli.Rendering;

/// <summary>One plain line per finished file, for redirected output and logs (no terminal control sequences); failures go to the error output.</summary>
internal sealed class PlainProgress : IRenderProgress
{
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly int total;
    private readonly object gate = new();
    private int done;

    internal PlainProgress(TextWriter output, TextWriter error, int total)
    {
        this.output = output;
        this.error = error;
        this.total = total;
    }

    public void Completed(RenderOutcome outcome)
    {
        lock (gate)
        {
            done++;
            if (outcome.Succeeded)
            {
                output.WriteLine($"[{done}/{total}] {outcome.Input.Path} -> {string.Join(", ", outcome.Written)}");
            }
            else
            {
                error.WriteLine($"[{done}/{total}] FAILED {outcome.Error}");
            }
        }
    }
}
