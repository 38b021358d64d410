using System.CommandLine;
using Marac.Forms.Cli.Rendering;

namespace Marac.Forms.Cli.Commands;

/// <summary>
/// <c>batch &lt;folders...&gt;</c>: renders case packs. Each folder holding form files is one case: every form in it is
/// rendered with its review line dated from the case's referral, the referral is checked against the case's Dash
/// checklist, and the output keeps the case folders.
/// </summary>
internal static class BatchCommand
{
    internal static Command Create(CliOutput output)
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders of cases: each folder that holds form files (.json) is one case.", Arity = ArgumentArity.OneOrMore };
        var options = new RenderOptionSet(defaultFormat: "pdf,docx");
        var command = new Command("batch", "Render case packs: every form of each case folder, review lines dated from the case's referral, the referral checked against the case's Dash. Exit code 1 if any form failed or has problems.") { folders };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(folders)!, options.Read(result), output));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, RenderOptionValues values, CliOutput output)
    {
        if (!values.TryGetSettings(out var settings, out var error))
        {
            output.Error.WriteLine(error);
            return ExitCodes.BadUsage;
        }

        var notFolders = arguments.Where(a => !Directory.Exists(a)).ToArray();
        foreach (var argument in notFolders)
        {
            output.Error.WriteLine(File.Exists(argument)
                ? $"{argument}: batch takes folders of cases; render a single file with 'marac-forms render'."
                : $"{argument}: no such folder.");
        }

        var (inputs, problems) = InputDiscovery.Expand(arguments.Except(notFolders));
        foreach (var problem in problems)
        {
            output.Error.WriteLine(problem);
        }

        var cases = CaseFolders.Group(inputs);
        var prepared = cases.SelectMany(c => c.Forms).ToArray();
        var writer = new FormOutputWriter(settings!);
        var outcomes = BatchRenderer.RunShowingProgress(prepared, writer, output);
        var byPath = outcomes.ToDictionary(o => o.Input.Path, StringComparer.Ordinal);

        foreach (var @case in cases)
        {
            var results = @case.Forms.Select(f => byPath[f.Path]).ToArray();
            var failed = results.Count(r => !r.Succeeded);
            var drafts = results.Count(r => r.Succeeded && r.ValidationProblems > 0);
            output.Out.WriteLine($"{@case.Name}: {results.Length - failed} of {results.Length} form(s) rendered, {failed} failed, {drafts} with validation problems; {@case.ReviewDating}.");
            foreach (var failure in results.Where(r => !r.Succeeded))
            {
                output.Error.WriteLine($"FAILED {failure.Error}");
            }

            foreach (var draft in results.Where(r => r.Succeeded && r.ValidationProblems > 0))
            {
                output.Error.WriteLine($"{draft.Input.Path}: written, but the form has {draft.ValidationProblems} validation problem(s); run 'marac-forms validate {Path.GetDirectoryName(draft.Input.Path)}' to list them.");
            }
        }

        var failedTotal = outcomes.Count(o => !o.Succeeded);
        var draftTotal = outcomes.Count(o => o.Succeeded && o.ValidationProblems > 0);
        var notRead = problems.Count + notFolders.Length;
        output.Out.WriteLine($"Batch: {cases.Count} case(s), {outcomes.Count - failedTotal} of {outcomes.Count + notRead} input(s) rendered into {settings!.OutputDirectory} ({outcomes.Sum(o => o.Written.Count)} file(s)); {failedTotal} failed, {notRead} not read, {draftTotal} with validation problems.");
        return failedTotal + notRead + draftTotal == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
