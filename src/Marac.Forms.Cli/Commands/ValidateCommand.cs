using System.CommandLine;
using Marac.Forms.Cli.Rendering;
using Marac.Forms.Json;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>validate &lt;files...&gt;</c>: checks form files and lists every problem with its field path.</summary>
internal static class ValidateCommand
{
    internal static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Form files (.json) or folders of them to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check form files and list every problem with its field path. Exit code 1 when any file has problems.")
        {
            files,
        };
        command.SetAction(result => Run(result.GetValue(files)!, ValidationOptions.Default, output));
        return command;
    }

    internal static int Run(IReadOnlyList<string> files, ValidationOptions options, CliOutput output)
    {
        var (inputs, notRead) = InputDiscovery.Expand(files, outputNamesMustDiffer: false);
        foreach (var problem in notRead)
        {
            output.Error.WriteLine(problem);
        }

        var problemFiles = notRead.Count;
        foreach (var path in inputs.Select(i => i.Path))
        {
            if (!FormFileLoader.TryLoad(path, out var file, out var error))
            {
                output.Error.WriteLine(error);
                problemFiles++;
                continue;
            }

            var report = FormValidation.Validate(file!.Form, options);
            if (report.IsValid)
            {
                output.Out.WriteLine($"{path}: valid {file.FormType.FileName()}");
                continue;
            }

            problemFiles++;
            output.Out.WriteLine($"{path}: {report.Problems.Count} problem(s) in this {file.FormType.FileName()}");
            foreach (var problem in report.Problems)
            {
                output.Out.WriteLine($"  {problem.Path}: {problem.Message}");
            }
        }

        var total = inputs.Count + notRead.Count;
        output.Out.WriteLine(problemFiles == 0
            ? $"{total} file(s) checked, all valid."
            : $"{total} file(s) checked, {problemFiles} with problems.");
        return problemFiles == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
