using System.Globalization;
using System.Text.Json.Nodes;
using Marac.Forms.Definitions;
using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Documents.Building;

/// <summary>
/// Walks a definition's items and produces the document blocks, reading values from the record's JSON
/// (or none, for a blank form). Every layout decision that is not specific to Word or PDF is made here.
/// </summary>
internal sealed class DocumentAssembler
{
    private const int SignatureWritingLines = 2;

    private readonly FormDefinition definition;
    private readonly FormDocumentOptions options;
    private readonly JsonObject? values;
    private readonly int? score;

    /// <summary>The choices whose option codes this blank form has already explained: their option lists and labels.</summary>
    private readonly List<(IReadOnlyList<FormOption> Options, string Label)> explainedCodes = new();

    internal DocumentAssembler(FormDefinition definition, FormDocumentOptions options, JsonObject? values, int? score)
    {
        this.definition = definition;
        this.options = options;
        this.values = values;
        this.score = score;
    }

    private bool IsBlank => values is null;

    internal FormDocument Build()
    {
        var sections = new List<DocumentSection>(definition.Sections.Count);
        foreach (var section in definition.Sections)
        {
            if (IsLeftOut(section.PrintWhen, section.Items))
            {
                continue;
            }

            var blocks = new List<DocumentBlock>();
            if (section.QuestionGrid)
            {
                AddGridItems(section.Items, blocks);
            }
            else
            {
                AddItems(section.Items, values, string.Empty, blocks);
            }

            sections.Add(new DocumentSection(section.Id, Fill(section.Heading), blocks));
        }

        var footer = Phrase(FormPhrases.Footer).Replace("{name}", definition.Identity.Name).Replace("{version}", definition.Identity.Version);
        return new FormDocument(definition.Identity, options.Marking ?? definition.Marking, ReviewNotice(), IsBlank, sections, footer, PageNumbers());
    }

    /// <summary>
    /// A section or group with a print condition is left out of a completed form when the choice it names holds
    /// another value and every input in it is empty or holds what a new record holds, so it shows nothing the record
    /// holds: a decision not to share prints no lawful-basis block, and a basis under Part 3 of the Data Protection
    /// Act 2018 no UK GDPR conditions, which it must leave at "none".
    /// </summary>
    private bool IsLeftOut(PrintCondition? condition, IReadOnlyList<FormItem> items)
    {
        if (IsBlank || condition is null || RecordValues.Find(values, condition.Binding) is not { } chosen)
        {
            return false;
        }

        var held = chosen is JsonArray ticked ? ticked.OfType<JsonValue>() : chosen is JsonValue one ? new[] { one } : Enumerable.Empty<JsonValue>();
        if (held.Any(value => condition.Values.Contains(value.ToJsonString().Trim('"'))))
        {
            return false;
        }

        return Bindings(items).All(binding => RecordValues.Find(values, binding) is var value
            && (IsEmpty(value) || UnsetValues.IsUnset(definition.RecordType, binding, value)));
    }

    private static IEnumerable<string> Bindings(IReadOnlyList<FormItem> items)
    {
        foreach (var item in items)
        {
            if (item.Binding is { } binding)
            {
                yield return binding;
            }

            foreach (var inner in Bindings(item.Items))
            {
                yield return inner;
            }
        }
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.All(property => IsEmpty(property.Value)),
        JsonValue value => value.TryGetValue<string>(out var text) && text.Length == 0,
        _ => false,
    };

    /// <summary>
    /// The review or disposal line every form prints: counted from the referral to MARAC (seed 002 4.1.7 and
    /// 4.1.9: disposal and removal of flags 12 months after the initial referral, unless local policy differs),
    /// never from the form's own date. A form that does not record the referral date says so.
    /// </summary>
    private string ReviewNotice()
    {
        var months = definition.Settings.RetentionMonths;
        var from = options.ReferralDate;
        if (from is null && !IsBlank && definition.RetentionFrom is { } binding
            && RecordValues.Format(RecordValues.Find(values, binding), FieldKind.SingleLine) is { } iso
            && CalendarDate.TryParseIso(iso, out var date))
        {
            from = date;
        }

        var monthsText = months.ToString(CultureInfo.InvariantCulture);
        if (from is not { } start)
        {
            return Phrase(FormPhrases.ReviewNoticeWithoutDate).Replace("{months}", monthsText);
        }

        return RetentionDates.TryReviewDate(start, months, out var review)
            ? Phrase(FormPhrases.ReviewNotice).Replace("{date}", review.ToUkString()).Replace("{months}", monthsText).Replace("{referralDate}", start.ToUkString())
            : Phrase(FormPhrases.ReviewNoticeBeyondCalendar).Replace("{months}", monthsText).Replace("{referralDate}", start.ToUkString());
    }

    /// <param name="items">The items to add.</param>
    /// <param name="scope">The JSON object bindings are relative to (the record, or one list entry); null on a blank form or a spare entry.</param>
    /// <param name="prefix">The document path of that object, for example <c>children[1]</c>; empty at the record.</param>
    /// <param name="blocks">Where the blocks go.</param>
    private void AddItems(IReadOnlyList<FormItem> items, JsonObject? scope, string prefix, List<DocumentBlock> blocks)
    {
        string? markedOrigin = null;
        foreach (var item in items)
        {
            if (item.Origin is { } origin && origin != markedOrigin && item.Kind != FormItemKind.LocalQuestions)
            {
                blocks.Add(new TextBlock(LocalWording(origin), TextStyle.Note));
            }

            markedOrigin = item.Origin;
            AddItem(item, scope, prefix, blocks);
        }
    }

    /// <summary>
    /// A question-grid section: each run of risk questions becomes one grid, a row per question; local questions
    /// become a grid of their own under their heading; anything else is laid out as usual between the grids.
    /// </summary>
    private void AddGridItems(IReadOnlyList<FormItem> items, List<DocumentBlock> blocks)
    {
        var rows = new List<QuestionGridRow>();
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case FormItemKind.RiskQuestion:
                    rows.Add(RiskQuestionRow(item));
                    break;
                case FormItemKind.LocalQuestions:
                    AddGrid(rows, blocks);
                    AddLocalQuestions(item, values, string.Empty, blocks, asGrid: true);
                    break;
                default:
                    AddGrid(rows, blocks);
                    AddItems(new[] { item }, values, string.Empty, blocks);
                    break;
            }
        }

        AddGrid(rows, blocks);
    }

    private void AddGrid(List<QuestionGridRow> rows, List<DocumentBlock> blocks)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var answers = rows[0].Response.Options;
        var columns = new List<QuestionGridColumn>
        {
            new(string.Empty, GridLayout.NumberWidth),
            new(Phrase(FormPhrases.GridQuestion), GridLayout.QuestionWidth),
        };
        columns.AddRange(answers.Select(option => new QuestionGridColumn(option.Label, GridLayout.AnswerWidth)));
        columns.Add(new QuestionGridColumn(Phrase(FormPhrases.GridSourceAndComment), GridLayout.SourceAndCommentWidth));
        blocks.Add(new QuestionGridBlock(columns, rows.ToArray()));
        rows.Clear();
    }

    private QuestionGridRow RiskQuestionRow(FormItem item)
    {
        var details = new List<DocumentBlock>();
        if (item.Origin is { } origin)
        {
            details.Add(new TextBlock(LocalWording(origin), TextStyle.Note));
        }

        AddItems(item.Items, values, string.Empty, details);
        return GridRow(item, item.Number + ".", item.Binding!, Fill(item.Label), item.Help, details, values, string.Empty);
    }

    private QuestionGridRow GridRow(FormItem item, string? number, string binding, string question, string? rawHelp, List<DocumentBlock> details, JsonObject? scope, string prefix)
    {
        var responseItem = item with { Kind = FormItemKind.YesNo, Help = rawHelp };
        return new QuestionGridRow(
            number,
            Choice(responseItem, binding + ".response", question, scope, prefix),
            details,
            Field(binding + ".sourceIfNotVictim", Phrase(FormPhrases.GridSource), null, FieldKind.SingleLine, 1, scope, prefix),
            Field(binding + ".comment", Phrase(FormPhrases.AnswerComment), null, FieldKind.MultiLine, 1, scope, prefix));
    }

    private void AddItem(FormItem item, JsonObject? scope, string prefix, List<DocumentBlock> blocks)
    {
        switch (item.Kind)
        {
            case FormItemKind.Text:
                blocks.Add(new TextBlock(Fill(item.Label), TextStyle.Normal));
                break;
            case FormItemKind.Note when IsBlank:
                blocks.Add(new TextBlock(Fill(item.Label), TextStyle.Note));
                break;
            case FormItemKind.Subheading:
                blocks.Add(new TextBlock(Fill(item.Label), TextStyle.Subheading));
                break;
            case FormItemKind.SingleLine:
            case FormItemKind.MultiLine:
            case FormItemKind.Date:
            case FormItemKind.Number:
            case FormItemKind.TextList:
                blocks.Add(Field(item.Binding!, Fill(item.Label), HelpOf(item.Help), FieldKindOf(item.Kind), item.Lines, scope, prefix));
                break;
            case FormItemKind.YesNo:
            case FormItemKind.Tick:
            case FormItemKind.Choice:
            case FormItemKind.TickList:
                blocks.Add(Choice(item, item.Binding!, Fill(item.Label), scope, prefix));
                break;
            case FormItemKind.RiskQuestion:
                blocks.Add(RiskQuestion(item, scope, prefix));
                break;
            case FormItemKind.Group when IsLeftOut(item.PrintWhen, item.Items):
                break;
            case FormItemKind.Group:
                var grouped = new List<DocumentBlock>();
                AddItems(item.Items, scope, prefix, grouped);
                blocks.Add(new GroupBlock(item.Label.Length == 0 ? null : Fill(item.Label), grouped));
                break;
            case FormItemKind.Row:
                var inputs = new List<DocumentBlock>();
                AddItems(item.Items, scope, prefix, inputs);
                if (GridLayout.SharesARow(inputs))
                {
                    blocks.Add(new FieldRowBlock(inputs));
                }
                else
                {
                    blocks.AddRange(inputs);
                }

                break;
            case FormItemKind.Table:
                AddTable(item, scope, prefix, blocks);
                break;
            case FormItemKind.Repeat:
                AddRepeat(item, scope, prefix, blocks);
                break;
            case FormItemKind.Signature:
                blocks.Add(Signature(item, scope, prefix));
                break;
            case FormItemKind.Score:
                var count = DashItems.Count.ToString(CultureInfo.InvariantCulture);
                var scoreText = score is { } yes ? yes.ToString(CultureInfo.InvariantCulture) : "______";
                blocks.Add(new TextBlock(Fill(item.Label) + " " + Phrase(FormPhrases.ScoreValue).Replace("{score}", scoreText).Replace("{count}", count), TextStyle.Normal));
                break;
            case FormItemKind.LocalQuestions:
                AddLocalQuestions(item, scope, prefix, blocks, asGrid: false);
                break;
        }
    }

    private FieldBlock Field(string binding, string label, string? help, FieldKind kind, int lines, JsonObject? scope, string prefix)
    {
        var value = RecordValues.Format(RecordValues.Find(scope, binding), kind);
        // Writing space is for handwriting on a blank form; an input left empty on a completed form takes one line of text.
        return new FieldBlock(BindingPath.Join(prefix, binding), label, help, kind, value, IsBlank ? lines : 0);
    }

    private ChoiceBlock Choice(FormItem item, string binding, string label, JsonObject? scope, string prefix)
    {
        var selected = RecordValues.SelectedValues(RecordValues.Find(scope, binding));
        // A long list of legal conditions on a blank form becomes a run of codes to tick, explained once in the help.
        var ticksCodes = IsBlank && GridLayout.TicksCodes(item.Options);
        // An option the form does not offer is printed only when the record holds it, so nothing is lost.
        var choiceOptions = item.Options
            .Where(option => option.Offered || selected.Contains(option.Value))
            .Select(option => new ChoiceOption(option.Value, Fill(ticksCodes ? option.Code! : option.Label), selected.Contains(option.Value)))
            .ToArray();

        var presentation = item.Kind == FormItemKind.Choice && item.DropDown ? ChoicePresentation.DropDown : ChoicePresentation.TickBoxes;
        var help = HelpOf(item.Help);
        if (ticksCodes)
        {
            var key = CodeKey(item, label);
            help = help is null ? key : help + " " + key;
        }

        return new ChoiceBlock(BindingPath.Join(prefix, binding), label, help, presentation, item.Kind == FormItemKind.TickList, choiceOptions)
        {
            OptionColumns = ticksCodes ? 1 : GridLayout.OptionColumns(choiceOptions),
            OptionsOnOneLine = !ticksCodes && GridLayout.OptionsOnOneLine(choiceOptions),
            OptionsRunOn = ticksCodes,
            PrintsOptions = presentation == ChoicePresentation.TickBoxes || IsBlank,
        };
    }

    /// <summary>What each code of a choice means, or, when an earlier choice on this form has the same codes, where to read them.</summary>
    private string CodeKey(FormItem item, string label)
    {
        foreach (var explained in explainedCodes)
        {
            if (ReferenceEquals(explained.Options, item.Options))
            {
                return Phrase(FormPhrases.OptionCodesAsAbove).Replace("{label}", explained.Label);
            }
        }

        explainedCodes.Add((item.Options, label));
        var meanings = item.Options
            .Where(o => o.Offered && o.Code != o.Label)
            .Select(o => o.Label.Contains(o.Code!) ? Fill(o.Label) : Fill(o.Code!) + " \u2013 " + Fill(o.Label));
        return Phrase(FormPhrases.OptionCodes).Replace("{options}", string.Join("; ", meanings));
    }

    private GroupBlock RiskQuestion(FormItem item, JsonObject? scope, string prefix)
    {
        var blocks = AnswerBlocks(item, item.Binding!, Fill(item.Label), item.Help, scope, prefix);
        AddItems(item.Items, scope, prefix, blocks);
        return new GroupBlock(item.Number + ".", blocks);
    }

    /// <summary>A Yes / No / Don't know answer with its source and comment.</summary>
    /// <param name="item">The item whose options the response uses.</param>
    /// <param name="binding">The answer's binding, relative to <paramref name="scope"/>.</param>
    /// <param name="question">The printed question.</param>
    /// <param name="rawHelp">The prompt under the question, before placeholders are filled.</param>
    /// <param name="scope">The JSON object holding the answer.</param>
    /// <param name="prefix">The document path of that object.</param>
    private List<DocumentBlock> AnswerBlocks(FormItem item, string binding, string question, string? rawHelp, JsonObject? scope, string prefix)
    {
        var responseItem = item with { Kind = FormItemKind.YesNo, Help = rawHelp };
        return new List<DocumentBlock>
        {
            Choice(responseItem, binding + ".response", question, scope, prefix),
            Field(binding + ".sourceIfNotVictim", Phrase(FormPhrases.AnswerSource), null, FieldKind.SingleLine, 1, scope, prefix),
            Field(binding + ".comment", Phrase(FormPhrases.AnswerComment), null, FieldKind.MultiLine, 2, scope, prefix),
        };
    }

    /// <summary>Adds a table, followed by the options of any column that lists them below it.</summary>
    private void AddTable(FormItem item, JsonObject? scope, string prefix, List<DocumentBlock> blocks)
    {
        var table = Table(item, scope, prefix);
        blocks.Add(table);
        foreach (var column in table.Columns.Where(c => c.OptionsListedBelow))
        {
            var options = string.Join("; ", column.Options!.Select(o => o.Label));
            blocks.Add(new TextBlock(Phrase(FormPhrases.TableOptionsKey).Replace("{column}", column.PartLabel ?? column.Header).Replace("{options}", options), TextStyle.Note));
        }
    }

    private TableBlock Table(FormItem item, JsonObject? scope, string prefix)
    {
        var listPath = BindingPath.Join(prefix, item.Binding!);
        var columns = new TableColumn[item.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var column = item.Columns[c];
            var columnOptions = column.Kind == FormItemKind.Choice
                ? column.Options.Select(o => new ChoiceOption(o.Value, Fill(o.Label), false)).ToArray()
                : null;
            columns[c] = new TableColumn(column.Binding, Fill(column.Header), FieldKindOf(column.Kind), column.Width, columnOptions)
            {
                OptionsListedBelow = IsBlank && columnOptions is { Length: > GridLayout.MostOptionsInATableCell },
                PartLabel = column.PartLabel is null ? null : Fill(column.PartLabel),
                StackedOnPrevious = column.StackedOnPrevious,
            };
        }

        var rows = new List<TableRow>();
        var entries = RecordValues.Entries(scope, item.Binding!);
        for (var r = 0; r < entries.Count; r++)
        {
            rows.Add(Row(item, entries[r], BindingPath.Item(listPath, r)));
        }

        var spare = IsBlank ? item.BlankRows : entries.Count == 0 ? 1 : 0;
        for (var s = 1; s <= spare; s++)
        {
            rows.Add(Row(item, null, BindingPath.NewItem(listPath, s)));
        }

        return new TableBlock(listPath, Fill(item.Label), columns, rows);
    }

    private TableRow Row(FormItem table, JsonObject? entry, string rowPath)
    {
        var cells = new TableCell[table.Columns.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var column = table.Columns[c];
            var node = RecordValues.Find(entry, column.Binding);
            string? value;
            if (column.Kind == FormItemKind.Choice)
            {
                var selected = RecordValues.SelectedValues(node);
                value = FillOptional(column.Options.FirstOrDefault(o => selected.Contains(o.Value))?.Label);
            }
            else
            {
                value = RecordValues.Format(node, FieldKindOf(column.Kind));
            }

            cells[c] = new TableCell(BindingPath.Join(rowPath, column.Binding), value, !IsBlank ? 0 : column.Kind == FormItemKind.MultiLine ? 2 : 1);
        }

        return new TableRow(cells);
    }

    private void AddRepeat(FormItem item, JsonObject? scope, string prefix, List<DocumentBlock> blocks)
    {
        var listPath = BindingPath.Join(prefix, item.Binding!);
        var entries = RecordValues.Entries(scope, item.Binding!);
        for (var e = 0; e < entries.Count; e++)
        {
            blocks.Add(Entry(item, entries[e], BindingPath.Item(listPath, e), e + 1));
        }

        var spare = IsBlank ? item.BlankRows : entries.Count == 0 ? 1 : 0;
        for (var s = 1; s <= spare; s++)
        {
            blocks.Add(Entry(item, null, BindingPath.NewItem(listPath, s), entries.Count + s));
        }
    }

    private GroupBlock Entry(FormItem repeat, JsonObject? entry, string entryPath, int number)
    {
        var blocks = new List<DocumentBlock>();
        AddItems(repeat.Items, entry, entryPath, blocks);
        return new GroupBlock(TextTemplate.Fill(repeat.Label, definition.Settings, number), blocks);
    }

    private SignatureBlock Signature(FormItem item, JsonObject? scope, string prefix)
    {
        var binding = item.Binding!;
        return new SignatureBlock(
            Fill(item.Label),
            Field(binding + ".name", Phrase(FormPhrases.SignatureName), null, FieldKind.SingleLine, 1, scope, prefix),
            Field(binding + ".role", Phrase(FormPhrases.SignatureRole), null, FieldKind.SingleLine, 1, scope, prefix),
            Field(binding + ".signedOn", Phrase(FormPhrases.SignatureDate), null, FieldKind.Date, 1, scope, prefix));
    }

    /// <summary>
    /// Local questions: each defined question is shown with the record's answer to it, or as a spare slot;
    /// answers to questions this definition does not know are shown after them, so nothing is lost.
    /// </summary>
    private void AddLocalQuestions(FormItem item, JsonObject? scope, string prefix, List<DocumentBlock> blocks, bool asGrid)
    {
        var listPath = BindingPath.Join(prefix, item.Binding!);
        var entries = RecordValues.Entries(scope, item.Binding!);
        var used = new bool[entries.Count];
        var groups = new List<DocumentBlock>();
        var rows = new List<QuestionGridRow>();
        foreach (var question in item.LocalQuestions)
        {
            var index = -1;
            for (var e = 0; e < entries.Count; e++)
            {
                if (!used[e] && RecordValues.Format(RecordValues.Find(entries[e], "itemId"), FieldKind.SingleLine) == question.Id)
                {
                    index = e;
                    break;
                }
            }

            if (index >= 0)
            {
                used[index] = true;
            }

            var entryPath = index >= 0 ? BindingPath.Item(listPath, index) : BindingPath.NewKeyedItem(listPath, "itemId", question.Id);
            var entry = index >= 0 ? entries[index] : null;
            if (asGrid)
            {
                rows.Add(LocalQuestionRow(item, question.Number, Fill(question.Label), question.Help, question.Origin, entry, entryPath, showReference: index >= 0));
            }
            else
            {
                groups.Add(LocalQuestion(item, question.Number, Fill(question.Label), question.Help, question.Origin, entry, entryPath, showReference: index >= 0));
            }
        }

        for (var e = 0; e < entries.Count; e++)
        {
            if (!used[e])
            {
                var id = RecordValues.Format(RecordValues.Find(entries[e], "itemId"), FieldKind.SingleLine) ?? string.Empty;
                var label = Phrase(FormPhrases.UnknownLocalQuestion).Replace("{id}", id);
                if (asGrid)
                {
                    rows.Add(LocalQuestionRow(item, null, label, null, null, entries[e], BindingPath.Item(listPath, e), showReference: true));
                }
                else
                {
                    groups.Add(LocalQuestion(item, null, label, null, null, entries[e], BindingPath.Item(listPath, e), showReference: true));
                }
            }
        }

        if (groups.Count == 0 && rows.Count == 0)
        {
            return;
        }

        blocks.Add(new TextBlock(Fill(item.Label), TextStyle.Subheading));
        if (HelpOf(item.Help) is { } help)
        {
            blocks.Add(new TextBlock(help, TextStyle.Note));
        }

        blocks.AddRange(groups);
        AddGrid(rows, blocks);
    }

    private QuestionGridRow LocalQuestionRow(FormItem item, string? number, string question, string? rawHelp, string? origin, JsonObject? entry, string entryPath, bool showReference)
    {
        var details = new List<DocumentBlock>();
        if (origin is not null)
        {
            details.Add(new TextBlock(LocalWording(origin), TextStyle.Note));
        }

        if (showReference)
        {
            details.Add(Field("itemId", Phrase(FormPhrases.LocalQuestionReference), null, FieldKind.SingleLine, 1, entry, entryPath));
        }

        return GridRow(item, number is null ? null : number + ".", "answer", question, rawHelp, details, entry, entryPath);
    }

    private GroupBlock LocalQuestion(FormItem item, string? number, string question, string? rawHelp, string? origin, JsonObject? entry, string entryPath, bool showReference)
    {
        var blocks = new List<DocumentBlock>();
        if (origin is not null)
        {
            blocks.Add(new TextBlock(LocalWording(origin), TextStyle.Note));
        }

        if (showReference)
        {
            blocks.Add(Field("itemId", Phrase(FormPhrases.LocalQuestionReference), null, FieldKind.SingleLine, 1, entry, entryPath));
        }

        blocks.AddRange(AnswerBlocks(item, "answer", question, rawHelp, entry, entryPath));
        return new GroupBlock(number is null ? null : number + ".", blocks);
    }

    /// <summary>The words before, between and after the page numbers, split from the phrase at its placeholders.</summary>
    private PageNumberText PageNumbers()
    {
        var phrase = Phrase(FormPhrases.PageNumbers);
        var page = phrase.IndexOf("{page}", StringComparison.Ordinal);
        var pages = phrase.IndexOf("{pages}", StringComparison.Ordinal);
        return new PageNumberText(phrase.Substring(0, page), phrase.Substring(page + "{page}".Length, pages - page - "{page}".Length));
    }

    private string LocalWording(string origin) => Phrase(FormPhrases.LocalWording).Replace("{origin}", origin);

    private string Phrase(string name) => Fill(definition.Phrases[name]);

    private string Fill(string text) => TextTemplate.Fill(text, definition.Settings);

    // Help and notes guide whoever fills the form in; a completed form prints the answers without them.
    private string? HelpOf(string? text) => IsBlank ? FillOptional(text) : null;

    private string? FillOptional(string? text) => text is null ? null : Fill(text);

    private static FieldKind FieldKindOf(FormItemKind kind) => kind switch
    {
        FormItemKind.MultiLine => FieldKind.MultiLine,
        FormItemKind.Date => FieldKind.Date,
        FormItemKind.Number => FieldKind.Number,
        FormItemKind.TextList => FieldKind.TextList,
        _ => FieldKind.SingleLine,
    };
}
