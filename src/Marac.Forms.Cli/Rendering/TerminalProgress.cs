using Spectre.Console;

namespace Marac.Forms.Cli.Rendering;

/// <summary>A live progress bar on an interactive terminal; failures are listed after the bar finishes.</summary>
internal sealed class TerminalProgress : IRenderProgress
{
    private readonly ProgressTask task;

    private TerminalProgress(ProgressTask task) => this.task = task;

    public void Completed(RenderOutcome outcome) => task.Increment(1);

    internal static IReadOnlyList<RenderOutcome> Run(int total, Func<IRenderProgress, IReadOnlyList<RenderOutcome>> batch)
    {
        IReadOnlyList<RenderOutcome> outcomes = Array.Empty<RenderOutcome>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Rendering", maxValue: total);
                outcomes = batch(new TerminalProgress(task));
            });
        return outcomes;
    }
}
