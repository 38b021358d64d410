namespace Marac.Forms.Cli.Rendering;

/// <summary>Receives each finished input during a batch; called from worker threads.</summary>
internal interface IRenderProgress
{
    void Completed(RenderOutcome outcome);
}
