using System.CommandLine;
using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Json;
using Marac.Forms.Word;

namespace Marac.Forms.Cli.Commands;

/// <summary>
/// <c>import &lt;filled.docx&gt;</c>: reads a filled Word form back into a record and writes it as JSON.
/// Writing personal data needs a lawful basis, so the reasons, extent and permitted use are required.
/// </summary>
internal static class ImportCommand
{
    internal static Command Create(CliOutput output)
    {
        var docx = new Argument<string>("docx") { Description = "A filled-in Word form produced by marac-forms or Marac.Forms.Word." };
        var outFile = new Option<string?>("--out") { Description = "The JSON file to write; default: the .docx name with .json." };
        var variant = new Option<string?>("--variant") { Description = "The local variant overlay the form was printed with." };
        var article6 = new Option<Article6Basis>("--article6") { Description = "UK GDPR Article 6 basis for keeping the record, for example publicTask (required).", Required = true };
        var reasons = new Option<string>("--reasons") { Description = "Why the record is processed (required).", Required = true };
        var extent = new Option<string>("--extent") { Description = "What personal data the record holds, about whom (required).", Required = true };
        var use = new Option<string>("--permitted-use") { Description = "What the record may be used for (required).", Required = true };
        var command = new Command("import", "Read a filled Word form back into JSON, recording the lawful basis for keeping it.")
        {
            docx, outFile, variant, article6, reasons, extent, use,
        };
        command.SetAction(result => Run(
            result.GetValue(docx)!,
            result.GetValue(outFile),
            result.GetValue(variant),
            LawfulBasis.For(result.GetValue(article6), result.GetValue(reasons)!, result.GetValue(extent)!, result.GetValue(use)!),
            output));
        return command;
    }

    internal static int Run(string docxPath, string? outPath, string? variantPath, LawfulBasis basis, CliOutput output)
    {
        var missing = basis.MissingStatements();
        if (missing.Count > 0)
        {
            output.Error.WriteLine($"The lawful basis needs {string.Join(", ", missing)}: give --reasons, --extent and --permitted-use.");
            return ExitCodes.BadUsage;
        }

        outPath ??= Path.ChangeExtension(docxPath, ".json");
        try
        {
            var bytes = File.ReadAllBytes(docxPath);
            var formId = WordFormReader.ReadFormId(new MemoryStream(bytes));
            var definition = formId is null ? null : FormDefinitions.Find(formId);
            if (definition is null)
            {
                output.Out.WriteLine($"{docxPath}: this Word document is not a Marac.Forms form{(formId is null ? string.Empty : $" (it says '{formId}')")}.");
                return ExitCodes.ProblemsFound;
            }

            if (variantPath is not null)
            {
                definition = definition.WithOverlay(FormDefinitionLoader.LoadOverlayFile(variantPath));
            }

            var answers = WordFormReader.ReadAnswers(new MemoryStream(bytes), definition);
            var json = definition.RecordType switch
            {
                var t when t == typeof(MaracReferral) => MaracJson.Write(answers.ToRecord<MaracReferral>(), basis),
                var t when t == typeof(DashChecklist) => MaracJson.Write(answers.ToRecord<DashChecklist>(), basis),
                var t when t == typeof(SharingWithoutConsentRecord) => MaracJson.Write(answers.ToRecord<SharingWithoutConsentRecord>(), basis),
                _ => MaracJson.Write(answers.ToRecord<DisclosureDecision>(), basis),
            };
            File.WriteAllText(outPath, json, new System.Text.UTF8Encoding(false));

            output.Out.WriteLine($"{docxPath}: read the {definition.Name}; wrote {outPath}");
            return ExitCodes.Ok;
        }
        catch (FormReadException ex)
        {
            output.Out.WriteLine($"{docxPath}: the form cannot be read:");
            foreach (var problem in ex.Problems)
            {
                output.Out.WriteLine($"  {(problem.Path.Length == 0 ? "(document)" : problem.Path)}: {problem.Message}");
            }

            return ExitCodes.ProblemsFound;
        }
        catch (FormDefinitionException ex)
        {
            output.Out.WriteLine(ex.Message);
            return ExitCodes.ProblemsFound;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Out.WriteLine($"{docxPath}: {ex.Message}");
            return ExitCodes.ProblemsFound;
        }
    }
}
