using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;
using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Applies an overlay to a definition, checking its additions against the form's record.</summary>
internal static class OverlayApplier
{
    internal static FormDefinition Apply(FormDefinition definition, FormOverlay overlay)
    {
        var root = overlay.Root;
        var problems = new ProblemList(overlay.Source);
        var marking = root["marking"]?.Text ?? definition.Marking;
        var settings = DefinitionParser.ParseSettings(root["settings"], definition.Settings, problems);
        var changes = root["forms"]?[definition.Id];
        var name = changes?["name"]?.Text ?? definition.Name;

        var boundLeaves = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var leaf in definition.BoundLeaves)
        {
            boundLeaves[leaf.Key] = leaf.Value;
        }

        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var id in definition.Ids)
        {
            ids[id.Key] = id.Value;
        }

        var items = new ItemParser(problems, definition.OptionSets, definition.RecordType, boundLeaves, ids, origin: overlay.Name);
        var sections = definition.Sections.ToList();
        if (changes?["localQuestions"] is { } localNode)
        {
            var questions = items.ParseLocalQuestions(localNode, overlay.Name);
            if (!ReplaceLocalQuestions(sections, questions))
            {
                problems.Add(localNode, "the form '" + definition.Id + "' has no localQuestions item to add local questions to");
            }
        }

        if (changes?["options"] is { Kind: SourceJsonKind.Object } replacements)
        {
            foreach (var replacement in replacements.Properties)
            {
                if (!ReplaceOptions(sections, replacement.Key, replacement.Value, items, definition.RecordType))
                {
                    problems.Add(replacement.Value, "the form '" + definition.Id + "' has no choice bound to '" + replacement.Key + "' whose options an overlay could replace");
                }
            }
        }

        if (changes?["add"] is { } additions)
        {
            foreach (var addition in additions.Items)
            {
                var sectionId = addition["section"]?.Text ?? string.Empty;
                var index = sections.FindIndex(s => s.Id == sectionId);
                if (index < 0)
                {
                    problems.Add(addition["section"] ?? addition, "the form '" + definition.Id + "' has no section '" + sectionId + "'; its sections are: " + string.Join(", ", sections.Select(s => s.Id)));
                    continue;
                }

                var added = items.ParseItems(addition["items"], new ItemScope(JsonShapes.For(definition.RecordType), string.Empty));
                var section = sections[index];
                var position = section.Items.Count;
                if (addition["after"]?.Text is { } after)
                {
                    var found = FindIndex(section.Items, after);
                    if (found < 0)
                    {
                        problems.Add(addition["after"]!, "section '" + sectionId + "' has no item '" + after + "' (refer to items by their bind or id)");
                        continue;
                    }

                    position = found + 1;
                }

                var newItems = section.Items.ToList();
                newItems.InsertRange(position, added);
                sections[index] = section with { Items = newItems };
            }
        }

        problems.ThrowIfAny();
        var identity = new FormIdentity(definition.Id, name, definition.Version + "; " + overlay.Name + " " + overlay.Version, definition.Identity.Language);
        return new FormDefinition(
            identity,
            definition.RecordType,
            marking,
            settings,
            definition.RetentionFrom,
            sections,
            definition.Source,
            definition.AppliedOverlays.Concat(new[] { overlay.Name }).ToArray(),
            boundLeaves,
            ids,
            definition.OptionSets,
            definition.Phrases);
    }

    /// <summary>Replaces the options of the choice item bound to <paramref name="binding"/>, checking they cover its values; false when there is no such item.</summary>
    private static bool ReplaceOptions(List<FormSection> sections, string binding, SourceJsonNode optionsNode, ItemParser parser, Type recordType)
    {
        var member = JsonShapes.For(recordType).Resolve(binding);
        if (member is null)
        {
            return false;
        }

        var valueType = member.Shape.Kind == JsonShapeKind.List ? member.Shape.Element! : member.Shape;
        for (var s = 0; s < sections.Count; s++)
        {
            if (Replace(sections[s].Items, binding, () => parser.ResolveOptions(optionsNode, optionsNode, valueType)) is { } replaced)
            {
                sections[s] = sections[s] with { Items = replaced };
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<FormItem>? Replace(IReadOnlyList<FormItem> items, string binding, Func<IReadOnlyList<FormOption>> options)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            FormItem? changed = null;
            if (item.Binding == binding && item.Kind is FormItemKind.Choice or FormItemKind.TickList)
            {
                changed = item with { Options = options() };
            }
            else if (Replace(item.Items, binding, options) is { } inner)
            {
                changed = item with { Items = inner };
            }

            if (changed is not null)
            {
                var copy = items.ToList();
                copy[i] = changed;
                return copy;
            }
        }

        return null;
    }

    private static int FindIndex(IReadOnlyList<FormItem> items, string key)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ReplaceLocalQuestions(List<FormSection> sections, IReadOnlyList<LocalQuestion> questions)
    {
        for (var s = 0; s < sections.Count; s++)
        {
            var items = sections[s].Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Kind == FormItemKind.LocalQuestions)
                {
                    var newItems = items.ToList();
                    newItems[i] = items[i] with { LocalQuestions = items[i].LocalQuestions.Concat(questions).ToArray() };
                    sections[s] = sections[s] with { Items = newItems };
                    return true;
                }
            }
        }

        return false;
    }
}
