using Marac.Forms.Definitions;
using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;
using Marac.Forms.Json;

namespace Marac.Forms.Documents.Reading;

/// <summary>Every input a definition prints, by pattern, so answers can be converted and missing inputs noticed.</summary>
internal static class InputCatalog
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FormDefinition, IReadOnlyDictionary<string, InputSpec>> Cache = new();

    internal static IReadOnlyDictionary<string, InputSpec> For(FormDefinition definition) =>
        Cache.GetValue(definition, Build);

    private static IReadOnlyDictionary<string, InputSpec> Build(FormDefinition definition)
    {
        var specs = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        foreach (var section in definition.Sections)
        {
            AddItems(section.Items, string.Empty, specs);
            MarkOptionalParts(section.Id, section.PrintWhen, section.Items, specs);
        }

        // Strings that are never null (such as a lawful basis's reasons) read back as empty, not absent.
        var shape = JsonShapes.For(definition.RecordType);
        foreach (var spec in specs.Values.ToArray())
        {
            if (spec.Kind == AnswerKind.Text && shape.Resolve(spec.Pattern) is { } member && !member.AllowsNull)
            {
                specs[spec.Pattern] = spec with { EmptyIsEmptyString = true };
            }
        }

        return specs;
    }

    /// <summary>
    /// Marks the inputs of a section or group with a print condition, which a completed form may leave out; an input
    /// belongs to the innermost such part.
    /// </summary>
    private static void MarkOptionalParts(string part, PrintCondition? condition, IReadOnlyList<FormItem> items, Dictionary<string, InputSpec> specs)
    {
        if (condition is not null)
        {
            foreach (var pattern in Patterns(items, specs))
            {
                specs[pattern] = specs[pattern] with { OptionalPart = part };
            }
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (items[index].Kind == FormItemKind.Group)
            {
                MarkOptionalParts(part + "/" + (items[index].Id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)), items[index].PrintWhen, items[index].Items, specs);
            }
        }
    }

    private static IEnumerable<string> Patterns(IReadOnlyList<FormItem> items, Dictionary<string, InputSpec> specs)
    {
        var own = new Dictionary<string, InputSpec>(StringComparer.Ordinal);
        AddItems(items, string.Empty, own);
        return own.Keys.Where(specs.ContainsKey).ToArray();
    }

    private static void AddItems(IReadOnlyList<FormItem> items, string prefix, Dictionary<string, InputSpec> specs)
    {
        foreach (var item in items)
        {
            var binding = item.Binding is null ? null : BindingPath.Join(prefix, item.Binding);
            switch (item.Kind)
            {
                case FormItemKind.SingleLine:
                case FormItemKind.MultiLine:
                    Add(specs, binding!, AnswerKind.Text);
                    break;
                case FormItemKind.Date:
                    Add(specs, binding!, AnswerKind.Date);
                    break;
                case FormItemKind.Number:
                    Add(specs, binding!, AnswerKind.WholeNumber);
                    break;
                case FormItemKind.TextList:
                    Add(specs, binding!, AnswerKind.TextList);
                    break;
                case FormItemKind.YesNo:
                case FormItemKind.Tick:
                case FormItemKind.Choice:
                case FormItemKind.TickList:
                    var isBoolean = item.Kind is FormItemKind.YesNo or FormItemKind.Tick;
                    Add(specs, binding!, item.Kind == FormItemKind.TickList ? AnswerKind.MultipleChoice : AnswerKind.SingleChoice, isBoolean, item.Options);
                    break;
                case FormItemKind.RiskQuestion:
                    AddAnswer(specs, binding!, item.Options);
                    AddItems(item.Items, prefix, specs);
                    break;
                case FormItemKind.Group:
                case FormItemKind.Row:
                    AddItems(item.Items, prefix, specs);
                    break;
                case FormItemKind.Signature:
                    Add(specs, binding + ".name", AnswerKind.Text);
                    Add(specs, binding + ".role", AnswerKind.Text);
                    Add(specs, binding + ".signedOn", AnswerKind.Date);
                    break;
                case FormItemKind.Table:
                    foreach (var column in item.Columns)
                    {
                        var pattern = binding + "[]." + column.Binding;
                        switch (column.Kind)
                        {
                            case FormItemKind.Choice:
                                Add(specs, pattern, AnswerKind.SingleChoice, column.IsBoolean, column.Options);
                                break;
                            case FormItemKind.Date:
                                Add(specs, pattern, AnswerKind.Date);
                                break;
                            case FormItemKind.Number:
                                Add(specs, pattern, AnswerKind.WholeNumber);
                                break;
                            case FormItemKind.TextList:
                                Add(specs, pattern, AnswerKind.TextList);
                                break;
                            default:
                                Add(specs, pattern, AnswerKind.Text);
                                break;
                        }
                    }

                    break;
                case FormItemKind.Repeat:
                    AddItems(item.Items, binding + "[]", specs);
                    break;
                case FormItemKind.LocalQuestions:
                    Add(specs, binding + "[].itemId", AnswerKind.Text);
                    AddAnswer(specs, binding + "[].answer", item.Options);
                    break;
            }
        }
    }

    private static void AddAnswer(Dictionary<string, InputSpec> specs, string binding, IReadOnlyList<FormOption> options)
    {
        Add(specs, binding + ".response", AnswerKind.SingleChoice, false, options);
        Add(specs, binding + ".sourceIfNotVictim", AnswerKind.Text);
        Add(specs, binding + ".comment", AnswerKind.Text);
    }

    private static void Add(Dictionary<string, InputSpec> specs, string pattern, AnswerKind kind, bool isBoolean = false, IReadOnlyList<FormOption>? options = null) =>
        specs[pattern] = new InputSpec(pattern, kind, isBoolean, options?.Select(o => o.Value).ToArray() ?? Array.Empty<string>());
}
