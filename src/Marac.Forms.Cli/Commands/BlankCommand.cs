using System.CommandLine;
using Marac.Forms.Cli.Rendering;
using Marac.Forms.Definitions;

namespace Marac.Forms.Cli.Commands;

/// <summary><c>blank &lt;form&gt;</c>: a blank form to print and fill by hand, or to fill in Word.</summary>
internal static class BlankCommand
{
    private static readonly (string Name, Func<FormDefinition> Definition)[] Forms =
    {
        ("referral", () => FormDefinitions.MaracReferral),
        ("dash", () => FormDefinitions.DashChecklist),
        ("sharing-without-consent", () => FormDefinitions.SharingWithoutConsent),
        ("disclosure", () => FormDefinitions.DisclosureDecision),
    };

    /// <summary>Every name the command accepts: each form's short name and its identifier (the blank file's name).</summary>
    internal static IEnumerable<string> FormNames => Forms.SelectMany(f => new[] { f.Name, f.Definition().Id }).Distinct(StringComparer.Ordinal);

    internal static Command Create(CliOutput output)
    {
        var form = new Argument<string>("form") { Description = "referral (or marac-referral), dash (or dash-checklist), sharing-without-consent, or disclosure (or disclosure-decision)." };
        form.AcceptOnlyFromAmong(FormNames.ToArray());
        var options = new RenderOptionSet(defaultFormat: "pdf");
        var command = new Command("blank", "Write a blank form (with writing space; fillable in Word) as PDF and/or Word.") { form };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(form)!, options.Read(result), output));
        return command;
    }

    internal static int Run(string formName, RenderOptionValues values, CliOutput output)
    {
        if (!values.TryGetSettings(out var settings, out var error))
        {
            output.Error.WriteLine(error);
            return ExitCodes.BadUsage;
        }

        var definition = Forms.Select(f => (f.Name, Definition: f.Definition())).Single(f => f.Name == formName || f.Definition.Id == formName).Definition;
        var writer = new FormOutputWriter(settings!);
        try
        {
            definition = writer.DefinitionFor(definition.RecordType);
            foreach (var path in writer.WriteBlank(definition, "blank-" + definition.Id))
            {
                output.Out.WriteLine($"Wrote {path}");
            }
        }
        catch (Exception ex) when (ex is FormDefinitionException or IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine(CliMessages.Describe(ex));
            return ExitCodes.ProblemsFound;
        }

        return ExitCodes.Ok;
    }
}
