using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;
using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Turns a parsed definition file into a <see cref="FormDefinition"/>, reporting every problem with its location.</summary>
internal static class DefinitionParser
{
    /// <summary>The members a definition file may have at its top level (the published schema lists the same).</summary>
    internal static readonly string[] TopLevelMembers = { "$schema", "format", "id", "name", "version", "language", "record", "marking", "settings", "retentionFrom", "phrases", "optionSets", "sections" };

    internal const int Format = 1;

    internal static FormDefinition Parse(SourceJsonNode root, string source, SharedVocabulary shared)
    {
        var problems = new ProblemList(source);
        if (problems.Expect(root, SourceJsonKind.Object) is null)
        {
            problems.ThrowIfAny();
        }

        problems.RejectUnknownMembers(root, TopLevelMembers);
        CheckFormat(root, problems);
        var id = problems.RequiredString(root, "id");
        var name = problems.RequiredString(root, "name");
        var version = problems.RequiredString(root, "version");
        var language = problems.OptionalString(root, "language") ?? "en-GB";
        var recordName = problems.RequiredString(root, "record");
        Type? recordType = FormTypes.TryParse(recordName, out var formType) ? formType.RecordType() : null;
        if (recordType is null && root["record"] is { Kind: SourceJsonKind.String } recordNode)
        {
            problems.Add(recordNode, UnknownRecord(recordName!));
        }

        var marking = problems.OptionalString(root, "marking") ?? FormMarkings.OfficialSensitive;
        var settings = ParseSettings(root["settings"], new FormSettings(), problems);

        var optionSets = new Dictionary<string, IReadOnlyList<FormOption>>(StringComparer.Ordinal);
        foreach (var set in shared.OptionSets)
        {
            optionSets[set.Key] = set.Value;
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phrase in shared.Phrases)
        {
            phrases[phrase.Key] = phrase.Value;
        }

        PhraseParser.Parse(root["phrases"], phrases, problems);

        foreach (var set in OptionSetParser.Parse(root["optionSets"], problems))
        {
            optionSets[set.Key] = set.Value;
        }

        if (recordType is null)
        {
            problems.ThrowIfAny();
            throw new InvalidOperationException("unreachable: a missing record is reported above");
        }

        var shape = JsonShapes.For(recordType);
        var retentionFrom = problems.OptionalString(root, "retentionFrom");
        if (retentionFrom is not null)
        {
            CheckRetention(root["retentionFrom"]!, retentionFrom, shape, problems);
        }

        var boundLeaves = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var items = new ItemParser(problems, optionSets, recordType, boundLeaves, ids, origin: null);
        var sections = new List<FormSection>();
        if (root["sections"] is null)
        {
            problems.Add(root, "'sections' is required");
        }
        else if (problems.Expect(root["sections"], SourceJsonKind.Array) is { } sectionList)
        {
            foreach (var sectionNode in sectionList.Items)
            {
                if (problems.Expect(sectionNode, SourceJsonKind.Object) is null)
                {
                    continue;
                }

                problems.RejectUnknownMembers(sectionNode, "id", "heading", "printWhen", "layout", "items");
                var sectionId = problems.RequiredString(sectionNode, "id");
                if (sections.Any(s => s.Id == sectionId))
                {
                    problems.Add(sectionNode["id"]!, "duplicated section id '" + sectionId + "'");
                }

                var heading = problems.RequiredString(sectionNode, "heading");
                var sectionItems = items.ParseItems(sectionNode["items"] ?? new SourceJsonNode(SourceJsonKind.Array, sectionNode.Path + ".items", sectionNode.Line, sectionNode.Column), new ItemScope(shape, string.Empty));
                var layout = problems.OptionalString(sectionNode, "layout");
                if (layout is not null && layout != "questionGrid")
                {
                    problems.Add(sectionNode["layout"]!, "unknown layout '" + layout + "'; the only layout a section may name is 'questionGrid'");
                }

                sections.Add(new FormSection(sectionId, heading, sectionItems, problems.Locate(sectionNode))
                {
                    PrintWhen = PrintConditionParser.Parse(sectionNode["printWhen"], shape, problems),
                    QuestionGrid = layout == "questionGrid",
                });
            }
        }

        if (sections.SelectMany(s => s.Items).Count(i => i.Kind == FormItemKind.LocalQuestions) > 1)
        {
            problems.Add(root, "a form may have at most one localQuestions item");
        }

        problems.ThrowIfAny();
        return new FormDefinition(
            new FormIdentity(id, name, version, language),
            recordType,
            marking,
            settings,
            retentionFrom,
            sections,
            source,
            Array.Empty<string>(),
            boundLeaves,
            ids,
            optionSets,
            phrases);
    }

    internal static void CheckFormat(SourceJsonNode root, ProblemList problems)
    {
        var format = problems.OptionalInteger(root, "format", 0, int.MaxValue);
        if (format is not null && format != Format)
        {
            problems.Add(root["format"]!, "format " + format + " is not supported; this version of Marac.Forms reads format " + Format);
        }
    }

    internal static FormSettings ParseSettings(SourceJsonNode? node, FormSettings start, ProblemList problems)
    {
        if (problems.Expect(node, SourceJsonKind.Object) is not { } settingsNode)
        {
            return start;
        }

        problems.RejectUnknownMembers(settingsNode, FormSettings.PlaceholderNames.ToArray());
        return start with
        {
            AreaName = problems.OptionalString(settingsNode, "areaName") ?? start.AreaName,
            SecureAddress = problems.OptionalString(settingsNode, "secureAddress") ?? start.SecureAddress,
            SendingInstructions = problems.OptionalString(settingsNode, "sendingInstructions") ?? start.SendingInstructions,
            AdvocateTerm = problems.OptionalString(settingsNode, "advocateTerm") ?? start.AdvocateTerm,
            EscalationThreshold = problems.OptionalInteger(settingsNode, "escalationThreshold", 1, 100) ?? start.EscalationThreshold,
            VisibleHighRiskThreshold = ParseVisibleHighRiskThreshold(settingsNode, problems) ?? start.VisibleHighRiskThreshold,
            RetentionMonths = problems.OptionalInteger(settingsNode, "retentionMonths", 1, 1200) ?? start.RetentionMonths,
        };
    }

    private static int? ParseVisibleHighRiskThreshold(SourceJsonNode settings, ProblemList problems)
    {
        if (settings["visibleHighRiskThreshold"] is { Kind: SourceJsonKind.Number } node
            && int.TryParse(node.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value > DashItems.VisibleHighRiskThreshold)
        {
            problems.Add(node, "an area may lower the visible-high-risk threshold but not raise it above " + DashItems.VisibleHighRiskThreshold + ": a higher threshold would leave high-risk victims unreferred");
            return null;
        }

        return problems.OptionalInteger(settings, "visibleHighRiskThreshold", 1, DashItems.VisibleHighRiskThreshold);
    }

    private static void CheckRetention(SourceJsonNode at, string binding, JsonShape shape, ProblemList problems)
    {
        var type = shape;
        ShapeMember? member = null;
        foreach (var part in binding.Split('.'))
        {
            member = type.Find(part);
            if (member is null)
            {
                problems.Add(at, "unknown binding '" + binding + "': " + type.ClrType.Name + " has no member '" + part + "'");
                return;
            }

            type = member.Shape;
        }

        if (member?.Shape.Kind != JsonShapeKind.Date)
        {
            problems.Add(at, "'" + binding + "' is not a date");
        }
    }

    /// <summary>The message for a <c>record</c> that names no form, pointing from a record's camel-case name to its form's identifier.</summary>
    private static string UnknownRecord(string recordName)
    {
        foreach (var formType in FormTypes.All)
        {
            if (string.Equals(formType.Id().Replace("-", string.Empty), recordName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(formType.RecordType().Name, recordName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(formType.ToString(), recordName, StringComparison.OrdinalIgnoreCase))
            {
                return "'" + recordName + "' is not a form identifier; write \"record\": \"" + formType.Id() + "\" (every form is named by its identifier, as in JSON files)";
            }
        }

        return "unknown record '" + recordName + "'; expected the identifier of one of the forms: " + string.Join(", ", FormTypes.Ids);
    }
}
