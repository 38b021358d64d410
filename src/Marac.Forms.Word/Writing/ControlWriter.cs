using System.Globalization;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Writes the content controls that make the form fillable in Word: each is tagged with its binding path
/// (and, for a tick box, <c>=</c> and the option's stored value) and numbered with a stable id.
/// </summary>
internal sealed class ControlWriter
{
    /// <summary>What an empty control shows: a few spaces wide enough to click on, invisible in print.</summary>
    private const string EmptyFiller = "\u2002\u2002\u2002\u2002\u2002\u2002";

    private readonly WordXml xml;
    private int nextId = 1;
    private string ticked = Layout.CheckedBox;
    private string unticked = Layout.UncheckedBox;

    internal ControlWriter(WordXml xml) => this.xml = xml;

    internal void Text(string binding, string label, string? value, bool multiLine)
    {
        StartControl(binding, label, value is null);
        xml.Start("text");
        if (multiLine || value?.IndexOf('\n') >= 0)
        {
            xml.Attribute("multiLine", "1");
        }

        xml.End();
        EndProperties(value);
    }

    internal void Date(string binding, string label, string? value)
    {
        StartControl(binding, label, value is null);
        xml.Start("date");
        if (value is not null && DateTime.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            xml.Attribute("fullDate", parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        }

        xml.Value("dateFormat", "dd/MM/yyyy");
        xml.Value("lid", "en-GB");
        xml.Value("storeMappedDataAs", "dateTime");
        xml.Value("calendar", "gregorian");
        xml.End();
        EndProperties(value);
    }

    internal void DropDown(string binding, string label, IReadOnlyList<ChoiceOption> options, string? selectedLabel)
    {
        StartControl(binding, label, selectedLabel is null);
        xml.Start("dropDownList");
        foreach (var option in options)
        {
            xml.Start("listItem");
            xml.Attribute("displayText", Writing.Text.Checked(option.Label));
            xml.Attribute("value", option.Value);
            xml.End();
        }

        xml.End();
        EndProperties(selectedLabel);
    }

    /// <summary>The symbols tick boxes show, as the document decides them.</summary>
    internal void UseTickBoxes(string tickedBox, string untickedBox)
    {
        ticked = tickedBox;
        unticked = untickedBox;
    }

    internal void CheckBox(string binding, ChoiceOption option)
    {
        xml.Start("sdt");
        xml.Start("sdtPr");
        xml.Value("alias", Writing.Text.Checked(option.Label));
        xml.Value("tag", binding + "=" + option.Value);
        xml.Value("id", nextId++);
        xml.StartW14("checkbox");
        W14Value("checked", option.IsSelected ? "1" : "0");
        W14State("checkedState", CodePoint(ticked));
        W14State("uncheckedState", CodePoint(unticked));
        xml.End();
        xml.End();
        xml.Start("sdtContent");
        xml.Start("r");
        xml.Start("rPr");
        xml.Start("rFonts");
        xml.Attribute("ascii", Layout.CheckBoxFont);
        xml.Attribute("eastAsia", Layout.CheckBoxFont);
        xml.Attribute("hAnsi", Layout.CheckBoxFont);
        xml.End();
        xml.End();
        xml.Start("t");
        xml.Characters(option.IsSelected ? ticked : unticked);
        xml.End();
        xml.End();
        xml.End();
        xml.End();
    }

    private void W14Value(string localName, string value)
    {
        xml.StartW14(localName);
        xml.AttributeQualified("w14:val", value);
        xml.End();
    }

    private void W14State(string localName, string value)
    {
        xml.StartW14(localName);
        xml.AttributeQualified("w14:val", value);
        xml.AttributeQualified("w14:font", Layout.CheckBoxFont);
        xml.End();
    }

    private void StartControl(string binding, string label, bool empty)
    {
        xml.Start("sdt");
        xml.Start("sdtPr");
        xml.Value("alias", Writing.Text.Checked(label));
        xml.Value("tag", binding);
        xml.Value("id", nextId++);
        if (empty)
        {
            xml.Empty("showingPlcHdr");
        }
    }

    private void EndProperties(string? value)
    {
        xml.End();
        xml.Start("sdtContent");
        xml.Run(value ?? EmptyFiller);
        xml.End();
        xml.End();
    }

    private static string CodePoint(string symbol) => char.ConvertToUtf32(symbol, 0).ToString("X4", CultureInfo.InvariantCulture);
}
