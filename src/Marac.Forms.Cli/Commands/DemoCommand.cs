using System.CommandLine;
using Marac.Forms.Cli.Rendering;
using Marac.Forms.Json;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>demo [--out DIR]</c>: runs the main job on the built-in fictional sample case.</summary>
internal static class DemoCommand
{
    internal static Command Create(CliOutput output)
    {
        var outDir = new Option<string>("--out") { Description = "Folder to write the documents to.", DefaultValueFactory = _ => "out" };
        var command = new Command("demo", "Render the built-in fictional sample case to PDF and Word, validate it and print the Dash score and the referral criteria met.")
        {
            outDir,
        };
        command.SetAction(result => Run(result.GetValue(outDir)!, output));
        return command;
    }

    internal static int Run(string outputDirectory, CliOutput output)
    {
        var sample = SampleCase.Load();
        var referral = sample.Referral;
        var writer = new FormOutputWriter(new RenderSettings(OutputFormats.Pdf | OutputFormats.Docx, outputDirectory, null, null, null) { ReferralDate = referral.ReferralDate });

        output.Out.WriteLine("Built-in fictional sample case:");
        var problems = 0;
        foreach (var (name, file) in sample.Files)
        {
            var report = FormValidation.Validate(file.Form, ValidationOptions.Default);
            var written = writer.WriteForm(file.Form, Path.GetFileNameWithoutExtension(name));
            output.Out.WriteLine($"  {file.FormType.Id(),-24} {(report.IsValid ? "valid" : report.Problems.Count + " problem(s)"),-8} wrote {string.Join(", ", written)}");
            foreach (var problem in report.Problems)
            {
                output.Out.WriteLine($"    {problem.Path}: {problem.Message}");
            }

            problems += report.Problems.Count;
        }

        output.Out.WriteLine();
        CriteriaPrinter.Print(output.Out, sample.Dash, sample.Dash.EvaluateCriteria(referral.Reasons, referral.ReferralDate), referralKnown: true);
        return problems == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
