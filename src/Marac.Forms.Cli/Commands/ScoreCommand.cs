using System.CommandLine;
using Marac.Forms.Json;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>score &lt;dash.json&gt;</c>: prints the Dash score and which MARAC referral criteria are met, with reasons.</summary>
internal static class ScoreCommand
{
    internal static Command Create(CliOutput output)
    {
        var dash = new Argument<string>("dash") { Description = "A Dash checklist file (.json)." };
        var referral = new Option<string?>("--referral") { Description = "The referral file, to check professional judgement, escalation and repeat too." };
        var threshold = CliOptions.WholeNumber("--escalation-threshold", "Police-reported incidents in 12 months that count as potential escalation (default 3).", minimum: 1);
        var command = new Command("score", "Print the Dash score and the MARAC referral criteria met, with reasons.")
        {
            dash,
            referral,
            threshold,
        };
        command.SetAction(result => Run(result.GetValue(dash)!, result.GetValue(referral), result.GetValue(threshold), output));
        return command;
    }

    internal static int Run(string dashPath, string? referralPath, int? escalationThreshold, CliOutput output)
    {
        if (!TryLoad<DashChecklist>(dashPath, output, out var dash))
        {
            return ExitCodes.ProblemsFound;
        }

        MaracReferral? referral = null;
        if (referralPath is not null && !TryLoad(referralPath, output, out referral))
        {
            return ExitCodes.ProblemsFound;
        }

        var settings = escalationThreshold is { } t
            ? ReferralCriteriaSettings.Default with { EscalationThreshold = t }
            : ReferralCriteriaSettings.Default;
        var criteria = dash!.EvaluateCriteria(referral?.Reasons, referral?.ReferralDate, settings);
        CriteriaPrinter.Print(output.Out, dash, criteria, referralKnown: referral is not null);
        return ExitCodes.Ok;
    }

    private static bool TryLoad<TForm>(string path, CliOutput output, out TForm? form)
        where TForm : class
    {
        form = null;
        if (!FormFileLoader.TryLoad(path, out var file, out var error))
        {
            output.Error.WriteLine(error);
            return false;
        }

        if (file!.Form is not TForm typed)
        {
            output.Error.WriteLine($"{path}: this is a {file.FormType.Id()} file; expected a {FormTypeOf<TForm>()} file.");
            return false;
        }

        form = typed;
        return true;
    }

    private static string FormTypeOf<TForm>() =>
        typeof(TForm) == typeof(DashChecklist) ? FormType.DashChecklist.Id() : FormType.MaracReferral.Id();
}
