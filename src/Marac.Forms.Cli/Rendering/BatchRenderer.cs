using Marac.Forms.Documents;
using Marac.Forms.Definitions;
using Marac.Forms.Pdf;

namespace Marac.Forms.Cli.Rendering;

/// <summary>Renders many form files in one process, on all cores; a file that fails never stops the others.</summary>
internal static class BatchRenderer
{
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
            return new RenderOutcome(input, writer.WriteForm(file!.Form, input.OutputBaseName), null);
        }
        catch (PdfUnprintableTextException ex)
        {
            return new RenderOutcome(input, Array.Empty<string>(), $"{input.Path}: {ex.Message}");
        }
        catch (FormDefinitionException ex)
        {
            return new RenderOutcome(input, Array.Empty<string>(), $"{input.Path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RenderOutcome(input, Array.Empty<string>(), $"{input.Path}: the output cannot be written ({ex.Message}).");
        }
    }
}
