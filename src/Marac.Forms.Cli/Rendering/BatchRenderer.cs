namespace Marac.Forms.Cli.Rendering;

/// <summary>Renders many form files in one process, on all cores; a file that fails never stops the others.</summary>
internal static class BatchRenderer
{
    /// <summary>Renders the inputs with a progress bar on a terminal and plain lines when the output is redirected.</summary>
    internal static IReadOnlyList<RenderOutcome> RunShowingProgress(IReadOnlyList<RenderInput> inputs, FormOutputWriter writer, CliOutput output) =>
        output.IsTerminal
            ? TerminalProgress.Run(inputs.Count, progress => Run(inputs, writer, progress))
            : Run(inputs, writer, new PlainProgress(output.Out, output.Error, inputs.Count));

    internal static IReadOnlyList<RenderOutcome> Run(IReadOnlyList<RenderInput> inputs, FormOutputWriter writer, IRenderProgress progress, int? maxParallelism = null)
    {
        var outcomes = new RenderOutcome[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, inputs.Count, parallel, i =>
        {
            var outcome = RenderOne(inputs[i], writer);
            outcomes[i] = outcome;
            progress.Completed(outcome);
        });
        return outcomes;
    }

    private static RenderOutcome RenderOne(RenderInput input, FormOutputWriter writer)
    {
        if (!FormFileLoader.TryLoad(input.Path, out var file, out var error))
        {
            return new RenderOutcome(input, Array.Empty<string>(), error);
        }

        try
        {
            // Drafts print: an invalid form is still written, and the count of its problems reported.
            var report = file!.Form is MaracReferral referral && input.CaseDash is { } dash
                ? referral.Validate(dash, ValidationOptions.Default)
                : FormValidation.Validate(file.Form, ValidationOptions.Default);
            return new RenderOutcome(input, writer.WriteForm(file.Form, input.OutputBaseName, input.ReferralDate), null, report.Problems.Count);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new RenderOutcome(input, Array.Empty<string>(), $"{input.Path}: {CliMessages.Describe(ex)}");
        }
    }
}
