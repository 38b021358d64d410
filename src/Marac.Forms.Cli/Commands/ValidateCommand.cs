using Marac.Forms.Json;

using System.CommandLine;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>validate &lt;files...&gt;</c>: checks form files and lists every problem with its field path.</summary>
internal static class ValidateCommand
{
    internal static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Form files (.json) to check.",
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
        var problemFiles = 0;
        foreach (var path in files)
        {
            if (!FormFileLoader.TryLoad(path, out var file, out var error))
            {
                output.Out.WriteLine(error);
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

        output.Out.WriteLine(problemFiles == 0
            ? $"{files.Count} file(s) checked, all valid."
            : $"{files.Count} file(s) checked, {problemFiles} with problems.");
        return problemFiles == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
