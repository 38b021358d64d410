using System.CommandLine;
namespace Marac.Forms.Cli.Commands;

/// <summary>The options shared by <c>render</c>, <c>blank</c> and <c>demo</c>.</summary>
internal sealed class RenderOptionSet
{
    private readonly Option<string> format;
    private readonly Option<string> output = new("--out") { Description = "Folder to write to (created if needed).", DefaultValueFactory = _ => "out" };
    private readonly Option<string?> variant = new("--variant") { Description = "A local variant overlay (.json), e.g. forms/variants/scotland.json." };
    private readonly Option<string?> marking = new("--marking") { Description = "Marking to print on every page instead of the form's, e.g. OFFICIAL-SENSITIVE." };
    private readonly Option<string?> passwordFile = new("--password-file") { Description = "Encrypt PDFs (AES-256): a file whose two lines are the open password and a different owner password." };

    internal RenderOptionSet(string defaultFormat) =>
        format = new Option<string>("--format") { Description = "pdf, docx or pdf,docx.", DefaultValueFactory = _ => defaultFormat };

    internal void AddTo(Command command)
    {
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(variant);
        command.Options.Add(marking);
        command.Options.Add(passwordFile);
    }

    internal RenderOptionValues Read(ParseResult result) => new(
        result.GetValue(format),
        result.GetValue(output)!,
        result.GetValue(variant),
        result.GetValue(marking),
        result.GetValue(passwordFile));
}
