using System.CommandLine;
using System.CommandLine.Help;
using Marac.Forms.Cli.Commands;

namespace Marac.Forms.Cli;

/// <summary>Builds the <c>marac-forms</c> command line and turns every failure into a plain message and an exit code.</summary>
internal static class CliApp
{
    internal const int HelpWidth = 80;

    internal static int Run(string[] args, CliOutput output)
    {
        var root = new RootCommand("marac-forms: render, batch-render case packs, print blank, validate, score and import MARAC forms. Exit codes: 0 ok, 1 problems found, 2 bad usage.")
        {
            DemoCommand.Create(output),
            RenderCommand.Create(output),
            BatchCommand.Create(output),
            BlankCommand.Create(output),
            ValidateCommand.Create(output),
            ScoreCommand.Create(output),
            ImportCommand.Create(output),
        };

        // Help fits an 80-column terminal, and does when redirected too.
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpAction { MaxWidth = HelpWidth };
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                output.Error.WriteLine(error.Message);
            }

            output.Error.WriteLine("Run 'marac-forms --help' for usage.");
            return ExitCodes.BadUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never a stack trace: an admin sees what went wrong in one line.
            output.Error.WriteLine($"marac-forms failed: {CliMessages.Describe(ex)}");
            return ExitCodes.ProblemsFound;
        }
    }
}
