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
        var command = new Command("validate", "Check form files and list every problem and warning with its field path; a referral is checked against the Dash checklist in its folder. Exit code 1 when any file has problems.")
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

        var loaded = new List<(string Path, FormFile File)>();
        var problemFiles = notRead.Count;
        foreach (var path in inputs.Select(i => i.Path))
        {
            if (FormFileLoader.TryLoad(path, out var file, out var error))
            {
                loaded.Add((path, file!));
            }
            else
            {
                output.Error.WriteLine(error);
                problemFiles++;
            }
        }

        foreach (var (path, file) in loaded)
        {
            var attachedDash = file.Form is MaracReferral ? TheOnlyDashBeside(path, loaded) : null;
            var report = attachedDash is null ? FormValidation.Validate(file.Form, options) : ((MaracReferral)file.Form).Validate(attachedDash, options);
            var checkedWith = attachedDash is null ? string.Empty : " (checked with the Dash checklist in the same folder)";
            if (report.IsValid)
            {
                output.Out.WriteLine($"{path}: valid {file.FormType.Id()}{checkedWith}{(report.Warnings.Count == 0 ? string.Empty : $", {report.Warnings.Count} warning(s)")}");
            }
            else
            {
                problemFiles++;
                output.Out.WriteLine($"{path}: {report.Problems.Count} problem(s) in this {file.FormType.Id()}{checkedWith}");
                foreach (var problem in report.Problems)
                {
                    output.Out.WriteLine($"  {problem.Path}: {problem.Message}");
                }
            }

            foreach (var warning in report.Warnings)
            {
                output.Out.WriteLine($"  warning: {warning.Path}: {warning.Message}");
            }
        }

        var total = inputs.Count + notRead.Count;
        output.Out.WriteLine(problemFiles == 0
            ? $"{total} file(s) checked, all valid."
            : $"{total} file(s) checked, {problemFiles} with problems.");
        return problemFiles == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }

    /// <summary>A referral's Dash checklist is the one Dash file in the same folder, when there is exactly one.</summary>
    private static DashChecklist? TheOnlyDashBeside(string referralPath, IReadOnlyList<(string Path, FormFile File)> loaded)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(referralPath));
        var dashes = loaded.Where(f => f.File.Form is DashChecklist && Path.GetDirectoryName(Path.GetFullPath(f.Path)) == folder).ToList();
        return dashes.Count == 1 ? (DashChecklist)dashes[0].File.Form : null;
    }
}
