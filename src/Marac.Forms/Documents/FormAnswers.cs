using System.Globalization;
using System.Text.Json.Nodes;
using Marac.Forms.Definitions;
using Marac.Forms.Definitions.Binding;
using Marac.Forms.Documents.Reading;
using Marac.Forms.Json;

namespace Marac.Forms.Documents;

/// <summary>
/// The answers read from a filled-in form, by binding path, turned back into a typed record. A document
/// reader (such as the Word reader) reports each input it finds; <see cref="ToRecord{TForm}"/> converts
/// the answers through the record's JSON form, so the result is exactly what the same JSON would give.
/// Inputs whose binding the definition does not know are ignored; inputs the definition prints but the
/// document lacks, and answers that cannot be read, are reported with their binding path.
/// </summary>
public sealed class FormAnswers
{
    private readonly FormDefinition definition;
    private readonly IReadOnlyDictionary<string, InputSpec> inputs;
    private readonly Dictionary<string, Answer> answers = new(StringComparer.Ordinal);
    private readonly List<FormReadProblem> problems = new();

    /// <summary>Starts collecting answers for a form printed from <paramref name="definition"/>.</summary>
    public FormAnswers(FormDefinition definition)
    {
        this.definition = definition ?? throw new ArgumentNullException(nameof(definition));
        inputs = InputCatalog.For(definition);
    }

    /// <summary>Records the text of a text, number, date or list input (null or empty when nothing was written).</summary>
    /// <returns>False when the definition has no such input, so the caller may treat it as unknown content.</returns>
    public bool SetText(string binding, string? text)
    {
        if (Find(binding) is not { } answer)
        {
            return false;
        }

        answer.Text = string.IsNullOrEmpty(text) ? answer.Text : text;
        return true;
    }

    /// <summary>Records the date chosen in a date input.</summary>
    /// <returns>False when the definition has no such input.</returns>
    public bool SetDate(string binding, CalendarDate? date)
    {
        if (Find(binding) is not { } answer)
        {
            return false;
        }

        if (date is { } value)
        {
            answer.Date = value;
        }

        return true;
    }

    /// <summary>Records one tick box of a choice: the option's stored value (for example <c>true</c> or <c>dontKnow</c>) and whether it is ticked.</summary>
    /// <returns>False when the definition has no such input or option.</returns>
    public bool SetTicked(string binding, string optionValue, bool ticked)
    {
        if (Find(binding) is not { } answer || !answer.Spec.OptionValues.Contains(optionValue))
        {
            return false;
        }

        if (ticked && !answer.Ticked.Contains(optionValue))
        {
            answer.Ticked.Add(optionValue);
        }

        return true;
    }

    /// <summary>Records the option chosen in a drop-down (its stored value), or null when none is chosen.</summary>
    /// <returns>False when the definition has no such input.</returns>
    public bool SetChosen(string binding, string? optionValue)
    {
        if (Find(binding) is not { } answer)
        {
            return false;
        }

        if (optionValue is not null)
        {
            if (!answer.Spec.OptionValues.Contains(optionValue))
            {
                AddProblem(binding, "'" + optionValue + "' is not one of the options (" + string.Join(", ", answer.Spec.OptionValues) + ")");
            }
            else if (!answer.Ticked.Contains(optionValue))
            {
                answer.Ticked.Add(optionValue);
            }
        }

        return true;
    }

    /// <summary>Records a problem the reader found with an input (for example a control it cannot read).</summary>
    public void AddProblem(string binding, string message) => problems.Add(new FormReadProblem(binding ?? string.Empty, message));

    /// <summary>True when the definition prints an input with this binding path.</summary>
    public bool IsKnown(string binding) => Spec(binding) is not null;

    /// <summary>
    /// Converts the answers into a record.
    /// </summary>
    /// <exception cref="FormReadException">An input is missing or an answer cannot be read; every problem is listed with its binding path.</exception>
    public TForm ToRecord<TForm>()
        where TForm : class
    {
        if (definition.RecordType != typeof(TForm))
        {
            throw new ArgumentException("The form definition '" + definition.Id + "' binds " + definition.RecordType.Name + ", not " + typeof(TForm).Name + ".");
        }

        var all = new List<FormReadProblem>(problems);
        var root = new EntryBuilder();
        foreach (var answer in answers.Values)
        {
            var value = Convert(answer, all);

            // An empty text that a record holds as "" is its default: it alone does not bring an absent object into being.
            var isDefault = answer.Spec.EmptyIsEmptyString && value is JsonValue text && text.TryGetValue<string>(out var written) && written.Length == 0;
            Place(root, answer.Segments, value, isDefault);
        }

        ReportMissing(all);
        if (all.Count > 0)
        {
            throw new FormReadException(all);
        }

        try
        {
            return MaracJson.DeserializeForm<TForm>(root.ToJson(), definition.Name);
        }
        catch (MaracFormatException exception)
        {
            throw new FormReadException(exception.Problems.Select(p => new FormReadProblem(p.Path, "the answers do not fit the record: " + p.Reason)).ToArray());
        }
    }

    private Answer? Find(string binding)
    {
        if (binding is null)
        {
            return null;
        }

        if (answers.TryGetValue(binding, out var existing))
        {
            return existing;
        }

        var segments = BindingPath.Parse(binding);
        if (segments is null || !inputs.TryGetValue(BindingPath.Pattern(segments), out var spec))
        {
            return null;
        }

        var answer = new Answer(binding, segments, spec);
        answers[binding] = answer;
        return answer;
    }

    private InputSpec? Spec(string binding)
    {
        var segments = BindingPath.Parse(binding);
        return segments is not null && inputs.TryGetValue(BindingPath.Pattern(segments), out var spec) ? spec : null;
    }

    private static JsonNode? Convert(Answer answer, List<FormReadProblem> problems)
    {
        switch (answer.Spec.Kind)
        {
            case AnswerKind.Text:
                return answer.Text is null ? (answer.Spec.EmptyIsEmptyString ? JsonValue.Create(string.Empty) : null) : JsonValue.Create(answer.Text);
            case AnswerKind.WholeNumber:
                if (answer.Text is null || answer.Text.Trim().Length == 0)
                {
                    return null;
                }

                if (int.TryParse(answer.Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                problems.Add(new FormReadProblem(answer.Binding, "'" + answer.Text + "' is not a whole number"));
                return null;
            case AnswerKind.Date:
                if (answer.Date is { } chosen)
                {
                    return JsonValue.Create(chosen.ToString());
                }

                if (answer.Text is null || answer.Text.Trim().Length == 0)
                {
                    return null;
                }

                if (TryParseWrittenDate(answer.Text.Trim(), out var written))
                {
                    return JsonValue.Create(written.ToString());
                }

                problems.Add(new FormReadProblem(answer.Binding, "'" + answer.Text + "' is not a date; write it as DD/MM/YYYY"));
                return null;
            case AnswerKind.TextList:
                var lines = (answer.Text ?? string.Empty).Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
                return lines.Length == 0 ? null : new JsonArray(lines.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray());
            case AnswerKind.SingleChoice:
                if (answer.Ticked.Count > 1)
                {
                    problems.Add(new FormReadProblem(answer.Binding, "more than one option is ticked (" + string.Join(", ", answer.Ticked) + "); tick one"));
                    return null;
                }

                return answer.Ticked.Count == 0 ? null : ChoiceValue(answer.Spec, answer.Ticked[0]);
            default:
                var ordered = answer.Spec.OptionValues.Where(answer.Ticked.Contains).ToArray();
                return ordered.Length == 0 ? null : new JsonArray(ordered.Select(value => ChoiceValue(answer.Spec, value)).ToArray());
        }
    }

    private static JsonNode? ChoiceValue(InputSpec spec, string value) =>
        spec.IsBoolean ? JsonValue.Create(value == "true") : JsonValue.Create(value);

    private static bool TryParseWrittenDate(string text, out CalendarDate date)
    {
        var formats = new[] { "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy" };
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = CalendarDate.FromDateTime(parsed);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Puts a value (or, for null, just the entry that holds it) at the answer's place in the record.</summary>
    private static void Place(EntryBuilder root, IReadOnlyList<BindingSegment> segments, JsonNode? value, bool isDefault)
    {
        var entry = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            switch (segment.IndexKind)
            {
                case BindingIndexKind.Existing:
                    entry = entry.List(segment.Name).Existing(segment.Index);
                    break;
                case BindingIndexKind.New:
                    entry = entry.List(segment.Name).Added("+" + segment.Index.ToString(CultureInfo.InvariantCulture), null, null);
                    break;
                case BindingIndexKind.NewKeyed:
                    entry = entry.List(segment.Name).Added(segment.KeyMember + "=" + segment.KeyValue, segment.KeyMember, segment.KeyValue);
                    break;
                default:
                    if (last)
                    {
                        if (value is not null)
                        {
                            entry.SetValue(segment.Name, value, isDefault);
                        }

                        return;
                    }

                    entry = entry.Child(segment.Name);
                    break;
            }
        }
    }

    private void ReportMissing(List<FormReadProblem> all)
    {
        var present = new HashSet<string>(answers.Values.Where(a => !a.Spec.IsInList).Select(a => a.Spec.Pattern), StringComparer.Ordinal);

        // A part that may be left out of a completed form is missing only in part: then its other inputs were deleted.
        var printedParts = new HashSet<string>(answers.Values.Select(a => a.Spec.OptionalPart).OfType<string>(), StringComparer.Ordinal);
        foreach (var spec in inputs.Values)
        {
            if (spec.OptionalPart is { } part && !printedParts.Contains(part))
            {
                continue;
            }

            if (!spec.IsInList && !present.Contains(spec.Pattern))
            {
                all.Add(new FormReadProblem(spec.Pattern, "the document has no input for this; it may have been deleted"));
            }
        }

        // A list's own entries are numbered from 0: a missing number is an entry whose inputs were all deleted.
        foreach (var list in answers.Values.Where(a => a.Spec.IsInList).Select(a => ExistingEntry(a.Segments)).Where(e => e.List is not null).GroupBy(e => e.List!, StringComparer.Ordinal))
        {
            var seen = new HashSet<int>(list.Select(e => e.Index));
            for (var index = 0; index < seen.Max(); index++)
            {
                if (!seen.Contains(index))
                {
                    all.Add(new FormReadProblem(BindingPath.Item(list.Key, index), "the document has no inputs for this entry; they may have been deleted"));
                }
            }
        }

        // Each of the record's own entries must still have every input its list prints.
        var entries = answers.Values
            .Where(a => a.Spec.IsInList && a.Segments.Any(s => s.IndexKind == BindingIndexKind.Existing))
            .GroupBy(a => EntryPath(a.Segments), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var listPattern = entry.First().Spec.Pattern.Substring(0, entry.First().Spec.Pattern.IndexOf("[]", StringComparison.Ordinal) + 2);
            var found = new HashSet<string>(entry.Select(a => a.Spec.Pattern), StringComparer.Ordinal);
            foreach (var spec in inputs.Values.Where(s => s.Pattern.StartsWith(listPattern + ".", StringComparison.Ordinal) && !found.Contains(s.Pattern)))
            {
                all.Add(new FormReadProblem(entry.Key + spec.Pattern.Substring(listPattern.Length), "the document has no input for this; it may have been deleted"));
            }
        }
    }

    /// <summary>The path of the list holding a record's own entry, and the entry's position; a null list for inputs that are not in one.</summary>
    private static (string? List, int Index) ExistingEntry(IReadOnlyList<BindingSegment> segments)
    {
        var parts = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.IndexKind == BindingIndexKind.Existing)
            {
                parts.Add(segment.Name);
                return (string.Join(".", parts), segment.Index);
            }

            if (segment.IndexKind != BindingIndexKind.None)
            {
                return (null, 0);
            }

            parts.Add(segment.Name);
        }

        return (null, 0);
    }

    private static string EntryPath(IReadOnlyList<BindingSegment> segments)
    {
        var parts = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.IndexKind == BindingIndexKind.Existing)
            {
                parts.Add(BindingPath.Item(segment.Name, segment.Index));
                return string.Join(".", parts);
            }

            parts.Add(segment.Name);
        }

        return string.Join(".", parts);
    }

    private sealed class Answer
    {
        internal Answer(string binding, IReadOnlyList<BindingSegment> segments, InputSpec spec)
        {
            Binding = binding;
            Segments = segments;
            Spec = spec;
        }

        internal string Binding { get; }

        internal IReadOnlyList<BindingSegment> Segments { get; }

        internal InputSpec Spec { get; }

        internal string? Text { get; set; }

        internal CalendarDate? Date { get; set; }

        internal List<string> Ticked { get; } = new();
    }
}
