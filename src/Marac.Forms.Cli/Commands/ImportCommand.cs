using System.CommandLine;
using System.Text.Json;
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
    private static readonly IReadOnlyDictionary<Article6Basis, string> Article6Names =
        Enum.GetValues<Article6Basis>().ToDictionary(basis => basis, basis => JsonNamingPolicy.CamelCase.ConvertName(basis.ToString()));

    private static readonly IReadOnlyDictionary<LawEnforcementBasis, string> Section35Names =
        Enum.GetValues<LawEnforcementBasis>().ToDictionary(basis => basis, basis => JsonNamingPolicy.CamelCase.ConvertName(basis.ToString()));

    internal static Command Create(CliOutput output)
    {
        var docx = new Argument<string>("docx") { Description = "A filled-in Word form produced by marac-forms or Marac.Forms.Word." };
        var outFile = new Option<string?>("--out") { Description = "The JSON file to write; default: the .docx name with .json." };
        var variant = new Option<string?>("--variant") { Description = "The local variant overlay the form was printed with." };
        var article6 = CliOptions.Named("--article6", "UK GDPR Article 6(1) basis for keeping the record (or --section35).", Article6Names);
        var section35 = CliOptions.Named("--section35", "Instead, for a competent authority acting for a law enforcement purpose: the DPA 2018 s.35(2) basis (Part 3).", Section35Names);
        var reasons = new Option<string>("--reasons") { Description = "Why the record is processed.", Required = true };
        var extent = new Option<string>("--extent") { Description = "What personal data the record holds, about whom.", Required = true };
        var use = new Option<string>("--permitted-use") { Description = "What the record may be used for.", Required = true };
        var command = new Command("import", "Read a filled Word form back into JSON, recording the lawful basis for keeping it.")
        {
            docx, outFile, variant, article6, section35, reasons, extent, use,
        };
        command.SetAction(result =>
        {
            var uk = result.GetValue(article6);
            var part3 = result.GetValue(section35);
            if (uk.HasValue == part3.HasValue)
            {
                output.Error.WriteLine("Give the basis for keeping the record: either --article6 (UK GDPR) or --section35 (DPA 2018 Part 3, law enforcement), not both.");
                return ExitCodes.BadUsage;
            }

            var basis = uk is { } article
                ? LawfulBasis.For(article, result.GetValue(reasons)!, result.GetValue(extent)!, result.GetValue(use)!)
                : LawfulBasis.ForLawEnforcement(part3!.Value, result.GetValue(reasons)!, result.GetValue(extent)!, result.GetValue(use)!);
            return Run(result.GetValue(docx)!, result.GetValue(outFile), result.GetValue(variant), basis, output);
        });
        return command;
    }

    internal static int Run(string docxPath, string? outPath, string? variantPath, LawfulBasis basis, CliOutput output)
    {
        var missing = basis.MissingStatements();
        if (missing.Count > 0)
        {
            output.Error.WriteLine($"The lawful basis needs {string.Join(", ", missing.Select(OptionFor))}: give each a statement in words.");
            return ExitCodes.BadUsage;
        }

        outPath ??= Path.ChangeExtension(docxPath, ".json");
        try
        {
            var bytes = File.ReadAllBytes(docxPath);
            var formId = WordFormReader.ReadFormId(new MemoryStream(bytes));
            var definition = FormTypes.TryParse(formId, out var formType) ? FormDefinitions.For(formType) : null;
            if (definition is null)
            {
                output.Error.WriteLine($"{docxPath}: this Word document is not a Marac.Forms form{(formId is null ? string.Empty : $" (it says '{formId}')")}.");
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
            if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(outPath, json, new System.Text.UTF8Encoding(false));

            output.Out.WriteLine($"{docxPath}: read the {definition.Name}; wrote {outPath}");
            return ExitCodes.Ok;
        }
        catch (FormReadException ex)
        {
            output.Error.WriteLine($"{docxPath}: the form cannot be read:");
            foreach (var problem in ex.Problems)
            {
                output.Error.WriteLine($"  {(problem.Path.Length == 0 ? "(document)" : problem.Path)}: {problem.Message}");
            }

            return ExitCodes.ProblemsFound;
        }
        catch (FormDefinitionException ex)
        {
            output.Error.WriteLine(ex.Message);
            return ExitCodes.ProblemsFound;
        }
        catch (MaracFormatException ex)
        {
            output.Error.WriteLine($"{docxPath}: {ex.Message}");
            return ExitCodes.ProblemsFound;
        }
        catch (FileNotFoundException)
        {
            output.Error.WriteLine($"{docxPath}: the file does not exist.");
            return ExitCodes.ProblemsFound;
        }
        catch (UnauthorizedAccessException)
        {
            output.Error.WriteLine($"{docxPath} or {outPath}: permission denied.");
            return ExitCodes.ProblemsFound;
        }
        catch (IOException ex)
        {
            output.Error.WriteLine($"{docxPath}: {ex.Message}");
            return ExitCodes.ProblemsFound;
        }
    }

    private static string OptionFor(string statement) => statement switch
    {
        "reasons" => "--reasons",
        "extent" => "--extent",
        _ => "--permitted-use",
    };
}
