using Marac.Forms.Json;

using System.CommandLine;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>demo</c>: runs the main job on the built-in fictional sample case.</summary>
internal static class DemoCommand
{
    internal static Command Create(CliOutput output)
    {
        var command = new Command("demo", "Load the built-in fictional sample case, validate it and print the Dash score and the referral criteria met.");
        command.SetAction(_ => Run(output));
        return command;
    }

    internal static int Run(CliOutput output)
    {
        var sample = SampleCase.Load();
        output.Out.WriteLine("Built-in fictional sample case:");
        var problems = 0;
        foreach (var (name, file) in sample.Files)
        {
            var report = FormValidation.Validate(file.Form, ValidationOptions.Default);
            output.Out.WriteLine($"  {name,-34} {file.FormType.FileName(),-24} {(report.IsValid ? "valid" : report.Problems.Count + " problem(s)")}");
            foreach (var problem in report.Problems)
            {
                output.Out.WriteLine($"    {problem.Path}: {problem.Message}");
            }

            problems += report.Problems.Count;
        }

        output.Out.WriteLine();
        var referral = sample.Referral;
        CriteriaPrinter.Print(output.Out, sample.Dash, sample.Dash.EvaluateCriteria(referral.Reasons, referral.ReferralDate), referralKnown: true);
        return problems == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
