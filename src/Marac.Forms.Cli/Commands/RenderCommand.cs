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
        var referralDate = CliOptions.Date("--referral-date", "Date of the referral to MARAC (YYYY-MM-DD), for the review or disposal line of forms that do not record it.");
        var command = new Command("render", "Render completed forms to PDF and/or Word. Forms with validation problems are still written, as drafts. Exit code 1 if any file failed or has problems.") { inputs, referralDate };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(inputs)!, options.Read(result), result.GetValue(referralDate), output));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, RenderOptionValues values, CalendarDate? referralDate, CliOutput output)
    {
        if (!values.TryGetSettings(out var settings, out var error))
        {
            output.Error.WriteLine(error);
            return ExitCodes.BadUsage;
        }

        settings = settings! with { ReferralDate = referralDate };
        var (inputs, problems) = InputDiscovery.Expand(arguments);
        foreach (var problem in problems)
        {
            output.Error.WriteLine(problem);
        }

        var writer = new FormOutputWriter(settings!);
        var outcomes = BatchRenderer.RunShowingProgress(inputs, writer, output);

        var failed = outcomes.Where(o => !o.Succeeded).ToArray();
        if (output.IsTerminal)
        {
            foreach (var failure in failed)
            {
                output.Error.WriteLine($"FAILED {failure.Error}");
            }
        }

        var drafts = outcomes.Where(o => o.Succeeded && o.ValidationProblems > 0).ToArray();
        foreach (var draft in drafts)
        {
            output.Error.WriteLine($"{draft.Input.Path}: written, but the form has {draft.ValidationProblems} validation problem(s); run 'marac-forms validate {draft.Input.Path}' to list them.");
        }

        // Every input named or found is counted once: rendered, failed, or not read (missing, a name clash, a skipped link).
        var total = outcomes.Count + problems.Count;
        var rendered = outcomes.Count - failed.Length;
        var files = outcomes.Sum(o => o.Written.Count);
        output.Out.WriteLine($"Rendered {rendered} of {total} input(s) into {settings.OutputDirectory} ({files} file(s)); {failed.Length} failed, {problems.Count} not read, {drafts.Length} with validation problems.");
        return failed.Length + problems.Count + drafts.Length == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
