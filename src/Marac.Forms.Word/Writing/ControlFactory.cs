using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Marac.Forms.Documents;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Creates the content controls that make the form fillable in Word: each is tagged with its binding path
/// (and, for a tick box, <c>=</c> and the option's stored value) and numbered with a stable id.
/// </summary>
internal sealed class ControlFactory
{
    /// <summary>What an empty control shows: a few spaces wide enough to click on, invisible in print.</summary>
    private const string EmptyFiller = "\u2002\u2002\u2002\u2002\u2002\u2002";

    private int nextId = 1;

    internal SdtRun Text(string binding, string label, string? value, bool multiLine)
    {
        var properties = Properties(binding, label, value is null);
        properties.Append(new SdtContentText { MultiLine = multiLine || (value?.IndexOf('\n') >= 0) ? true : null });
        return new SdtRun(properties, Content(value));
    }

    internal SdtRun Date(string binding, string label, string? value)
    {
        var properties = Properties(binding, label, value is null);
        var date = new SdtContentDate(
            new DateFormat { Val = "dd/MM/yyyy" },
            new LanguageId { Val = "en-GB" },
            new SdtDateMappingType { Val = DateFormatValues.DateTime },
            new DocumentFormat.OpenXml.Wordprocessing.Calendar { Val = CalendarValues.Gregorian });
        if (value is not null && DateTime.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date.FullDate = new DateTimeValue(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        }

        properties.Append(date);
        return new SdtRun(properties, Content(value));
    }

    internal SdtRun DropDown(string binding, string label, IReadOnlyList<ChoiceOption> options, string? selectedLabel)
    {
        var properties = Properties(binding, label, selectedLabel is null);
        var list = new SdtContentDropDownList();
        foreach (var option in options)
        {
            list.Append(new ListItem { DisplayText = Writing.Text.Clean(option.Label), Value = option.Value });
        }

        properties.Append(list);
        return new SdtRun(properties, Content(selectedLabel));
    }

    internal SdtRun CheckBox(string binding, ChoiceOption option)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = Writing.Text.Clean(option.Label) },
            new Tag { Val = binding + "=" + option.Value },
            new SdtId { Val = nextId++ },
            new W14.SdtContentCheckBox(
                new W14.Checked { Val = option.IsSelected ? W14.OnOffValues.One : W14.OnOffValues.Zero },
                new W14.CheckedState { Font = Layout.CheckBoxFont, Val = "2612" },
                new W14.UncheckedState { Font = Layout.CheckBoxFont, Val = "2610" }));
        var run = new Run(
            new RunProperties(new RunFonts { Ascii = Layout.CheckBoxFont, HighAnsi = Layout.CheckBoxFont, EastAsia = Layout.CheckBoxFont }),
            new DocumentFormat.OpenXml.Wordprocessing.Text(option.IsSelected ? Layout.CheckedBox : Layout.UncheckedBox));
        return new SdtRun(properties, new SdtContentRun(run));
    }

    private SdtProperties Properties(string binding, string label, bool empty)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = Writing.Text.Clean(label) },
            new Tag { Val = binding },
            new SdtId { Val = nextId++ });
        if (empty)
        {
            properties.Append(new ShowingPlaceholder());
        }

        return properties;
    }

    private static SdtContentRun Content(string? value) => new(Writing.Text.Run(value ?? EmptyFiller));
}
