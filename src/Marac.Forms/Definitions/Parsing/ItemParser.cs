using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>
/// Reads the items of a definition (or of an overlay being applied), checking each binding against the
/// record's JSON shape, each kind against the member it binds, and that no member is bound twice.
/// </summary>
internal sealed class ItemParser
{
    private static readonly string[] AnswerMembers = { "response", "sourceIfNotVictim", "comment" };
    private static readonly string[] SignatureMembers = { "name", "role", "signedOn" };

    private static readonly Dictionary<string, FormItemKind> KindNames = new(StringComparer.Ordinal)
    {
        ["text"] = FormItemKind.Text,
        ["note"] = FormItemKind.Note,
        ["subheading"] = FormItemKind.Subheading,
        ["singleLine"] = FormItemKind.SingleLine,
        ["multiLine"] = FormItemKind.MultiLine,
        ["date"] = FormItemKind.Date,
        ["number"] = FormItemKind.Number,
        ["textList"] = FormItemKind.TextList,
        ["yesNo"] = FormItemKind.YesNo,
        ["tick"] = FormItemKind.Tick,
        ["choice"] = FormItemKind.Choice,
        ["tickList"] = FormItemKind.TickList,
        ["riskQuestion"] = FormItemKind.RiskQuestion,
        ["group"] = FormItemKind.Group,
        ["row"] = FormItemKind.Row,
        ["table"] = FormItemKind.Table,
        ["repeat"] = FormItemKind.Repeat,
        ["signature"] = FormItemKind.Signature,
        ["score"] = FormItemKind.Score,
        ["localQuestions"] = FormItemKind.LocalQuestions,
    };

    private const int MaximumRowItems = 3;

    private readonly ProblemList problems;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<FormOption>> optionSets;
    private readonly Type recordType;
    private readonly Dictionary<string, SourceLocation> boundLeaves;
    private readonly Dictionary<string, SourceLocation> ids;
    private readonly string? origin;

    internal ItemParser(
        ProblemList problems,
        IReadOnlyDictionary<string, IReadOnlyList<FormOption>> optionSets,
        Type recordType,
        Dictionary<string, SourceLocation> boundLeaves,
        Dictionary<string, SourceLocation> ids,
        string? origin)
    {
        this.problems = problems;
        this.optionSets = optionSets;
        this.recordType = recordType;
        this.boundLeaves = boundLeaves;
        this.ids = ids;
        this.origin = origin;
    }

    internal IReadOnlyList<FormItem> ParseItems(SourceJsonNode? node, ItemScope scope)
    {
        var items = new List<FormItem>();
        if (problems.Expect(node, SourceJsonKind.Array) is not { } list)
        {
            return items;
        }

        foreach (var itemNode in list.Items)
        {
            if (ParseItem(itemNode, scope) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    internal IReadOnlyList<LocalQuestion> ParseLocalQuestions(SourceJsonNode? node, string questionOrigin)
    {
        var questions = new List<LocalQuestion>();
        if (problems.Expect(node, SourceJsonKind.Array) is not { } list)
        {
            return questions;
        }

        foreach (var questionNode in list.Items)
        {
            if (problems.Expect(questionNode, SourceJsonKind.Object) is not { } question)
            {
                continue;
            }

            problems.RejectUnknownMembers(question, "id", "number", "label", "help");
            var id = problems.RequiredString(question, "id");
            var number = problems.RequiredString(question, "number");
            var label = CheckedText(question, "label", required: true)!;
            var help = CheckedText(question, "help", required: false);
            if (id.Length > 0 && !RegisterId("local question " + id, question["id"]!))
            {
                continue;
            }

            if (id.IndexOfAny(new[] { ']', '[', '=' }) >= 0)
            {
                problems.Add(question["id"]!, "a local question id must not contain '[', ']' or '='");
            }

            questions.Add(new LocalQuestion(id, number, label, help, questionOrigin, problems.Locate(question)));
        }

        return questions;
    }

    private FormItem? ParseItem(SourceJsonNode node, ItemScope scope)
    {
        if (problems.Expect(node, SourceJsonKind.Object) is null)
        {
            return null;
        }

        var kindNode = node["kind"];
        if (kindNode is null)
        {
            problems.Add(node, "'kind' is required; expected one of: " + string.Join(", ", KindNames.Keys));
            return null;
        }

        if (problems.Expect(kindNode, SourceJsonKind.String) is null)
        {
            return null;
        }

        if (!KindNames.TryGetValue(kindNode.Text!, out var kind))
        {
            problems.Add(kindNode, "'" + kindNode.Text + "' is not a known kind; expected one of: " + string.Join(", ", KindNames.Keys));
            return null;
        }

        var item = new FormItem { Kind = kind, Origin = origin, Location = problems.Locate(node) };
        return kind switch
        {
            FormItemKind.Text or FormItemKind.Note or FormItemKind.Subheading => ParseText(node, item),
            FormItemKind.SingleLine or FormItemKind.MultiLine or FormItemKind.Date or FormItemKind.Number or FormItemKind.TextList => ParseInput(node, item, scope),
            FormItemKind.YesNo or FormItemKind.Tick or FormItemKind.Choice or FormItemKind.TickList => ParseChoice(node, item, scope),
            FormItemKind.RiskQuestion => ParseRiskQuestion(node, item, scope),
            FormItemKind.Group => ParseGroup(node, item, scope),
            FormItemKind.Row => ParseRow(node, item, scope),
            FormItemKind.Table => ParseTable(node, item, scope),
            FormItemKind.Repeat => ParseRepeat(node, item, scope),
            FormItemKind.Signature => ParseSignature(node, item, scope),
            FormItemKind.Score => ParseScore(node, item, scope),
            _ => ParseLocalQuestionsItem(node, item, scope),
        };
    }

    private FormItem ParseText(SourceJsonNode node, FormItem item)
    {
        problems.RejectUnknownMembers(node, "kind", "id", "text");
        return item with { Id = OptionalId(node), Label = CheckedText(node, "text", required: true)! };
    }

    private FormItem? ParseInput(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "label", "help", "lines");
        var member = ResolveBinding(node, scope, out var binding);
        var expected = item.Kind switch
        {
            FormItemKind.SingleLine or FormItemKind.MultiLine => JsonShapeKind.Text,
            FormItemKind.Date => JsonShapeKind.Date,
            FormItemKind.Number => JsonShapeKind.WholeNumber,
            _ => JsonShapeKind.List,
        };
        if (member is not null && !Fits(member.Shape, expected, item.Kind == FormItemKind.TextList ? JsonShapeKind.Text : null))
        {
            problems.Add(node["bind"]!, Mismatch(binding, member, item.Kind));
            member = null;
        }

        var defaultLines = item.Kind switch { FormItemKind.MultiLine => 4, FormItemKind.TextList => 2, _ => 1 };
        var lines = problems.OptionalInteger(node, "lines", 1, 40) ?? defaultLines;
        if (item.Kind is not (FormItemKind.MultiLine or FormItemKind.TextList) && node["lines"] is { } linesNode)
        {
            problems.Add(linesNode, "'lines' applies only to multiLine and textList inputs");
        }

        Register(scope, binding, node);
        return item with
        {
            Binding = binding,
            Label = CheckedText(node, "label", required: true)!,
            Help = CheckedText(node, "help", required: false),
            Lines = lines,
        };
    }

    private FormItem? ParseChoice(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        var allowed = item.Kind == FormItemKind.Choice
            ? new[] { "kind", "bind", "label", "help", "options", "presentation" }
            : new[] { "kind", "bind", "label", "help", "options" };
        problems.RejectUnknownMembers(node, allowed);
        var member = ResolveBinding(node, scope, out var binding);
        var valueType = member?.Shape;
        var fits = member is not null && item.Kind switch
        {
            FormItemKind.YesNo or FormItemKind.Tick => Fits(member.Shape, JsonShapeKind.Boolean, null),
            FormItemKind.Choice => Fits(member.Shape, JsonShapeKind.Enumeration, null),
            _ => Fits(member.Shape, JsonShapeKind.List, JsonShapeKind.Enumeration),
        };
        if (member is not null && !fits)
        {
            problems.Add(node["bind"]!, Mismatch(binding, member, item.Kind));
            valueType = null;
        }

        if (valueType?.Kind == JsonShapeKind.List)
        {
            valueType = valueType.Element;
        }

        var options = valueType is null ? Array.Empty<FormOption>() : ResolveOptions(node, valueType);
        if (item.Kind == FormItemKind.Tick)
        {
            options = options.Where(o => o.Value == "true").ToArray();
        }

        var dropDown = false;
        if (item.Kind == FormItemKind.Choice && problems.OptionalString(node, "presentation") is { } presentation)
        {
            dropDown = presentation == "dropDown";
            if (presentation is not ("dropDown" or "tickBoxes"))
            {
                problems.Add(node["presentation"]!, "expected 'dropDown' or 'tickBoxes'");
            }
        }
        else if (item.Kind == FormItemKind.Choice)
        {
            dropDown = true;
        }

        Register(scope, binding, node);
        return item with
        {
            Binding = binding,
            Label = CheckedText(node, "label", required: true)!,
            Help = CheckedText(node, "help", required: false),
            Options = options,
            DropDown = dropDown,
        };
    }

    private FormItem? ParseRiskQuestion(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "number", "label", "help", "options", "items");
        var member = ResolveBinding(node, scope, out var binding);
        IReadOnlyList<FormOption> options = Array.Empty<FormOption>();
        if (member is not null)
        {
            if (member.Shape.Kind != JsonShapeKind.Object || AnswerMembers.Any(name => member.Shape.Find(name) is null))
            {
                problems.Add(node["bind"]!, "'" + binding + "' is " + member.Shape.Description + "; a riskQuestion binds an answer with response, sourceIfNotVictim and comment");
            }
            else
            {
                options = ResolveOptions(node, member.Shape.Find("response")!.Shape);
                foreach (var name in AnswerMembers)
                {
                    Register(scope, binding + "." + name, node);
                }
            }
        }

        return item with
        {
            Binding = binding,
            Number = problems.RequiredString(node, "number"),
            Label = CheckedText(node, "label", required: true)!,
            Help = CheckedText(node, "help", required: false),
            Options = options,
            Items = ParseItems(node["items"], scope),
        };
    }

    private FormItem ParseRow(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "items");
        var items = ParseItems(node["items"], scope);
        if (items.Count is < 2 or > MaximumRowItems)
        {
            problems.Add(node, "a row holds two or three inputs, not " + items.Count);
        }

        var signatures = items.Count(i => i.Kind == FormItemKind.Signature);
        if (signatures > 0 && signatures < items.Count)
        {
            problems.Add(node, "a row holds either signatures only (the signatories side by side) or short inputs only");
        }

        foreach (var inner in items)
        {
            if (inner.Kind is not (FormItemKind.SingleLine or FormItemKind.Date or FormItemKind.Number or FormItemKind.YesNo or FormItemKind.Choice or FormItemKind.Tick or FormItemKind.TextList or FormItemKind.Signature))
            {
                problems.Add(inner.Location, "a row holds only short inputs (singleLine, date, number, textList, yesNo, tick or choice) or signatures");
            }
        }

        return item with { Items = items };
    }

    private FormItem ParseGroup(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "id", "label", "printWhen", "items");
        if (node["items"] is null)
        {
            problems.Add(node, "'items' is required");
        }

        PrintCondition? printWhen = null;
        if (node["printWhen"] is { } condition)
        {
            if (scope.IsListEntry)
            {
                problems.Add(condition, "printWhen is for a group outside any table or repeat: its binding is read from the whole record");
            }
            else
            {
                printWhen = PrintConditionParser.Parse(condition, scope.Shape, problems);
            }
        }

        return item with
        {
            Id = OptionalId(node),
            Label = CheckedText(node, "label", required: false) ?? string.Empty,
            PrintWhen = printWhen,
            Items = ParseItems(node["items"], scope),
        };
    }

    private FormItem? ParseTable(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "label", "columns", "blankRows");
        var entryType = ResolveList(node, scope, out var binding);
        var columns = new List<FormTableColumn>();
        if (problems.Expect(node["columns"], SourceJsonKind.Array) is { } columnList)
        {
            foreach (var columnNode in columnList.Items)
            {
                columns.AddRange(ParseColumnOrStack(columnNode, entryType, scope, binding));
            }
        }
        else if (node["columns"] is null)
        {
            problems.Add(node, "'columns' is required");
        }

        return item with
        {
            Binding = binding,
            Label = CheckedText(node, "label", required: true)!,
            Columns = columns,
            BlankRows = problems.OptionalInteger(node, "blankRows", 1, 30) ?? 3,
        };
    }

    /// <summary>
    /// A column is either one member, or a stack of members printed one under another in the same column (a
    /// person's name parts, an address), each with its own label, so that one table row holds a whole person.
    /// </summary>
    private IEnumerable<FormTableColumn> ParseColumnOrStack(SourceJsonNode node, JsonShape? entryType, ItemScope scope, string listBinding)
    {
        if (problems.Expect(node, SourceJsonKind.Object) is null)
        {
            return Array.Empty<FormTableColumn>();
        }

        if (node["parts"] is null)
        {
            problems.RejectUnknownMembers(node, "bind", "header", "kind", "width", "options");
            var header = CheckedText(node, "header", required: true)!;
            var width = problems.OptionalPositiveNumber(node, "width") ?? 1;
            return ParseColumn(node, header, width, entryType, scope, listBinding) is { } column ? new[] { column } : Array.Empty<FormTableColumn>();
        }

        problems.RejectUnknownMembers(node, "header", "width", "parts");
        var stackHeader = CheckedText(node, "header", required: true)!;
        var stackWidth = problems.OptionalPositiveNumber(node, "width") ?? 1;
        var stack = new List<FormTableColumn>();
        if (problems.Expect(node["parts"], SourceJsonKind.Array) is not { } partList)
        {
            return stack;
        }

        if (partList.Items.Count < 2)
        {
            problems.Add(node["parts"]!, "a stacked column needs two or more parts; write a single member as a plain column");
        }

        foreach (var partNode in partList.Items)
        {
            if (problems.Expect(partNode, SourceJsonKind.Object) is null)
            {
                continue;
            }

            problems.RejectUnknownMembers(partNode, "bind", "label", "kind", "options");
            var label = CheckedText(partNode, "label", required: true)!;
            if (ParseColumn(partNode, stackHeader, stackWidth, entryType, scope, listBinding) is { } part)
            {
                stack.Add(part with { PartLabel = label, StackedOnPrevious = stack.Count > 0 });
            }
        }

        return stack;
    }

    private FormTableColumn? ParseColumn(SourceJsonNode node, string header, double width, JsonShape? entryType, ItemScope scope, string listBinding)
    {
        var kindName = problems.RequiredString(node, "kind");
        if (!KindNames.TryGetValue(kindName, out var kind) || kind is not (FormItemKind.SingleLine or FormItemKind.MultiLine or FormItemKind.TextList or FormItemKind.Date or FormItemKind.Number or FormItemKind.Choice))
        {
            if (kindName.Length > 0)
            {
                problems.Add(node["kind"]!, "'" + kindName + "' is not a kind a table column may have; expected one of: singleLine, multiLine, textList, date, number, choice");
            }

            return null;
        }

        if (entryType is null)
        {
            return null;
        }

        var columnScope = new ItemScope(entryType, BindingPath.Join(scope.Prefix, listBinding) + "[]");
        var member = ResolveBinding(node, columnScope, out var binding);
        IReadOnlyList<FormOption> options = Array.Empty<FormOption>();
        var isBoolean = false;
        if (member is not null)
        {
            isBoolean = kind == FormItemKind.Choice && Fits(member.Shape, JsonShapeKind.Boolean, null);
            var expected = kind switch
            {
                FormItemKind.SingleLine or FormItemKind.MultiLine => JsonShapeKind.Text,
                FormItemKind.TextList => JsonShapeKind.List,
                FormItemKind.Date => JsonShapeKind.Date,
                FormItemKind.Number => JsonShapeKind.WholeNumber,
                _ when isBoolean => JsonShapeKind.Boolean,
                _ => JsonShapeKind.Enumeration,
            };
            if (!Fits(member.Shape, expected, kind == FormItemKind.TextList ? JsonShapeKind.Text : null))
            {
                problems.Add(node["bind"]!, Mismatch(binding, member, kind));
            }
            else if (kind == FormItemKind.Choice)
            {
                options = ResolveOptions(node, member.Shape);
            }
        }

        Register(columnScope, binding, node);
        return new FormTableColumn(binding, header, kind, width, options, problems.Locate(node)) { IsBoolean = isBoolean };
    }

    private FormItem? ParseRepeat(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "label", "items", "blankRows");
        var entryType = ResolveList(node, scope, out var binding);
        var label = CheckedText(node, "label", required: true, TextTemplate.EntryNumber)!;
        IReadOnlyList<FormItem> items = Array.Empty<FormItem>();
        if (entryType is not null)
        {
            var entryScope = new ItemScope(entryType, BindingPath.Join(scope.Prefix, binding) + "[]");
            items = ParseItems(node["items"], entryScope);
            foreach (var child in items)
            {
                if (child.Kind is FormItemKind.Table or FormItemKind.Repeat or FormItemKind.LocalQuestions or FormItemKind.Score)
                {
                    problems.Add(child.Location, "a " + child.Kind + " item cannot be placed inside a repeat");
                }
            }
        }

        return item with
        {
            Binding = binding,
            Label = label,
            Items = items,
            BlankRows = problems.OptionalInteger(node, "blankRows", 1, 30) ?? 1,
        };
    }

    private FormItem? ParseSignature(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "label");
        var member = ResolveBinding(node, scope, out var binding);
        if (member is not null)
        {
            if (member.Shape.Kind != JsonShapeKind.Object || SignatureMembers.Any(name => member.Shape.Find(name) is null))
            {
                problems.Add(node["bind"]!, "'" + binding + "' is " + member.Shape.Description + "; a signature binds a member with name, role and signedOn");
            }
            else
            {
                foreach (var name in SignatureMembers)
                {
                    Register(scope, binding + "." + name, node);
                }
            }
        }

        return item with { Binding = binding, Label = CheckedText(node, "label", required: true)! };
    }

    private FormItem ParseScore(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "id", "label");
        if (recordType != typeof(DashChecklist) || scope.IsListEntry)
        {
            problems.Add(node, "a score can only be shown on a Dash checklist, outside repeated entries");
        }

        return item with { Id = OptionalId(node), Label = CheckedText(node, "label", required: true)! };
    }

    private FormItem? ParseLocalQuestionsItem(SourceJsonNode node, FormItem item, ItemScope scope)
    {
        problems.RejectUnknownMembers(node, "kind", "bind", "label", "help", "options", "questions");
        var entryType = ResolveList(node, scope, out var binding);
        IReadOnlyList<FormOption> options = Array.Empty<FormOption>();
        if (entryType is not null)
        {
            var answer = entryType.Find("answer")?.Shape;
            if (entryType.Find("itemId")?.Shape.Kind != JsonShapeKind.Text || answer is null || AnswerMembers.Any(name => answer.Find(name) is null))
            {
                problems.Add(node["bind"]!, "'" + binding + "' does not hold local answers (itemId plus an answer with response, sourceIfNotVictim and comment)");
            }
            else
            {
                options = ResolveOptions(node, answer.Find("response")!.Shape);
                var prefix = BindingPath.Join(scope.Prefix, binding) + "[]";
                Register(new ItemScope(entryType, prefix), "itemId", node);
                foreach (var name in AnswerMembers)
                {
                    Register(new ItemScope(entryType, prefix), "answer." + name, node);
                }
            }
        }

        return item with
        {
            Binding = binding,
            Label = CheckedText(node, "label", required: true)!,
            Help = CheckedText(node, "help", required: false),
            Options = options,
            LocalQuestions = node["questions"] is null ? Array.Empty<LocalQuestion>() : ParseLocalQuestions(node["questions"], origin ?? string.Empty),
        };
    }

    private JsonShape? ResolveList(SourceJsonNode node, ItemScope scope, out string binding)
    {
        var member = ResolveBinding(node, scope, out binding);
        if (member is null)
        {
            return null;
        }

        if (scope.IsListEntry)
        {
            problems.Add(node["bind"]!, "a list cannot be repeated inside another list's entries");
            return null;
        }

        if (member.Shape.Kind != JsonShapeKind.List || member.Shape.Element!.Kind != JsonShapeKind.Object)
        {
            problems.Add(node["bind"]!, "'" + binding + "' is " + member.Shape.Description + "; a " + KindOf(node) + " binds a list of entries");
            return null;
        }

        return member.Shape.Element;
    }

    private ShapeMember? ResolveBinding(SourceJsonNode node, ItemScope scope, out string binding)
    {
        binding = string.Empty;
        var bindNode = node["bind"];
        if (bindNode is null)
        {
            problems.Add(node, "'bind' is required: name the record member this " + KindOf(node) + " shows");
            return null;
        }

        if (problems.Expect(bindNode, SourceJsonKind.String) is null)
        {
            return null;
        }

        binding = bindNode.Text!;
        if (!BindingPath.IsMemberPath(binding))
        {
            problems.Add(bindNode, "'" + binding + "' is not a binding: write JSON member names joined by dots, for example victim.name.givenNames");
            return null;
        }

        var type = scope.Shape;
        ShapeMember? member = null;
        var walked = string.Empty;
        foreach (var part in binding.Split('.'))
        {
            if (member is not null)
            {
                if (member.Shape.Kind != JsonShapeKind.Object)
                {
                    problems.Add(bindNode, "unknown binding '" + binding + "': '" + walked + "' is " + member.Shape.Description + " and has no members");
                    return null;
                }

                type = member.Shape;
            }

            member = type.Find(part);
            if (member is null)
            {
                problems.Add(bindNode, "unknown binding '" + binding + "': " + type.ClrType.Name + " has no member '" + part + "' (its members are: " + string.Join(", ", type.Members.Select(m => m.Name)) + ")");
                return null;
            }

            walked = BindingPath.Join(walked, part);
        }

        return member;
    }

    private IReadOnlyList<FormOption> ResolveOptions(SourceJsonNode node, JsonShape valueType) => ResolveOptions(node, node["options"], valueType);

    /// <summary>Resolves an option list (a set's name, a list, or null for the default set) for a value type, checking it covers exactly its values.</summary>
    internal IReadOnlyList<FormOption> ResolveOptions(SourceJsonNode node, SourceJsonNode? optionsNode, JsonShape valueType)
    {
        IReadOnlyList<FormOption>? options;
        var setName = valueType.Kind == JsonShapeKind.Boolean ? "yesNo" : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(valueType.ClrType.Name);
        if (optionsNode is null)
        {
            if (!optionSets.TryGetValue(setName, out options))
            {
                problems.Add(node, "no option set '" + setName + "' is defined for " + valueType.Description + "; add one under optionSets or give 'options'");
                return Array.Empty<FormOption>();
            }
        }
        else if (optionsNode.Kind == SourceJsonKind.String)
        {
            if (!optionSets.TryGetValue(optionsNode.Text!, out options))
            {
                problems.Add(optionsNode, "unknown option set '" + optionsNode.Text + "'; known sets: " + string.Join(", ", optionSets.Keys.OrderBy(k => k, StringComparer.Ordinal)));
                return Array.Empty<FormOption>();
            }
        }
        else
        {
            options = OptionSetParser.ParseList(optionsNode, problems);
            if (options is null)
            {
                return Array.Empty<FormOption>();
            }
        }

        var expected = valueType.Kind == JsonShapeKind.Boolean ? new[] { "true", "false" } : valueType.EnumNames!.Names.ToArray();
        var missing = expected.Where(value => options.All(o => o.Value != value)).ToArray();
        var extra = options.Where(o => Array.IndexOf(expected, o.Value) < 0).Select(o => o.Value).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            var message = "the options must cover exactly the values of " + valueType.Description;
            if (missing.Length > 0)
            {
                message += "; missing: " + string.Join(", ", missing);
            }

            if (extra.Length > 0)
            {
                message += "; not values of it: " + string.Join(", ", extra);
            }

            problems.Add(optionsNode ?? node, message);
        }

        foreach (var option in options)
        {
            CheckPlaceholders(optionsNode ?? node, option.Label);
        }

        return options;
    }

    private void Register(ItemScope scope, string binding, SourceJsonNode node)
    {
        if (binding.Length == 0)
        {
            return;
        }

        var key = BindingPath.Join(scope.Prefix, binding);
        if (boundLeaves.TryGetValue(key, out var first))
        {
            problems.Add(node["bind"] ?? node, "duplicated field: '" + key + "' is already bound at " + first.Source + " line " + first.Line);
            return;
        }

        boundLeaves[key] = problems.Locate(node["bind"] ?? node);
    }

    private string? OptionalId(SourceJsonNode node)
    {
        var id = problems.OptionalString(node, "id");
        if (id is not null)
        {
            RegisterId(id, node["id"]!);
        }

        return id;
    }

    private bool RegisterId(string id, SourceJsonNode at)
    {
        if (ids.TryGetValue(id, out var first))
        {
            problems.Add(at, "duplicated id: '" + id + "' is already used at " + first.Source + " line " + first.Line);
            return false;
        }

        ids[id] = problems.Locate(at);
        return true;
    }

    private string? CheckedText(SourceJsonNode node, string name, bool required, params string[] extraPlaceholders)
    {
        var text = required ? problems.RequiredString(node, name) : problems.OptionalString(node, name);
        if (text is not null && node[name] is { } textNode)
        {
            CheckPlaceholders(textNode, text, extraPlaceholders);
        }

        return text;
    }

    private void CheckPlaceholders(SourceJsonNode at, string text, params string[] extra)
    {
        foreach (var unknown in TextTemplate.UnknownPlaceholders(text, extra))
        {
            problems.Add(at, "unknown placeholder '{" + unknown + "}'; known placeholders: " + string.Join(", ", FormSettings.PlaceholderNames.Concat(extra).Select(p => "{" + p + "}")));
        }

        if (TextTemplate.HasUnclosedBrace(text))
        {
            problems.Add(at, "a '{' has no matching '}'");
        }
    }

    private static bool Fits(JsonShape type, JsonShapeKind expected, JsonShapeKind? element) =>
        type.Kind == expected && (element is null || type.Element?.Kind == element);

    private static string KindOf(SourceJsonNode node) => node["kind"]?.Text ?? "item";

    private static string Mismatch(string binding, ShapeMember member, FormItemKind kind)
    {
        var needs = kind switch
        {
            FormItemKind.SingleLine or FormItemKind.MultiLine => "text",
            FormItemKind.Date => "a date",
            FormItemKind.Number => "a whole number",
            FormItemKind.TextList => "a list of text",
            FormItemKind.YesNo or FormItemKind.Tick => "true/false",
            FormItemKind.Choice => "a choice (an enumeration)",
            _ => "a list of choices",
        };
        return "'" + binding + "' is " + member.Shape.Description + ", but a " + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()) + " input needs " + needs;
    }
}
