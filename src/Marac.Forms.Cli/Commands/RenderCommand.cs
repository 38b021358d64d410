using System.CommandLine;
using Marac.Forms.Cli.Rendering;

namespace Marac.Forms.Cli.Commands;

/// <summary>
/// <c>render &lt;files or folders...&gt;</c>: renders many forms to PDF and/or Word in one process, on
/// all cores. A file that fails is reported with its path and field, and the batch carries on.
/// </summary>
internal static class RenderCommand
{
    internal static Command Create(CliOutput output)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Form files (.json) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var options = new RenderOptionSet(defaultFormat: "pdf,docx");
        var command = new Command("render", "Render completed forms to PDF and/or Word. Exit code 1 if any file failed.") { inputs };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(inputs)!, options.Read(result), output));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, RenderOptionValues values, CliOutput output)
    {
        if (!values.TryGetSettings(out var settings, out var error))
        {
            output.Error.WriteLine(error);
            return ExitCodes.BadUsage;
        }

        var (inputs, problems) = InputDiscovery.Expand(arguments);
        foreach (var problem in problems)
        {
            output.Out.WriteLine(problem);
        }

        var writer = new FormOutputWriter(settings!);
        var outcomes = output.IsTerminal
            ? TerminalProgress.Run(inputs.Count, progress => BatchRenderer.Run(inputs, writer, progress))
            : BatchRenderer.Run(inputs, writer, new PlainProgress(output.Out, inputs.Count));

        var failed = outcomes.Where(o => !o.Succeeded).ToArray();
        if (output.IsTerminal)
        {
            foreach (var failure in failed)
            {
                output.Out.WriteLine($"FAILED {failure.Error}");
            }
        }

        var files = outcomes.Sum(o => o.Written.Count);
        output.Out.WriteLine($"Rendered {outcomes.Count - failed.Length} of {outcomes.Count} form(s) into {settings!.OutputDirectory} ({files} file(s)); {failed.Length + problems.Count} failed.");
        return failed.Length + problems.Count == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
