using System.Globalization;
using System.Xml;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Writes WordprocessingML straight to an <see cref="XmlWriter"/>. Streaming the markup keeps rendering
/// to a fraction of a millisecond per form, where building the Open XML SDK's object tree first took
/// tens of milliseconds; the output is checked with the SDK's validator in the tests.
/// </summary>
internal sealed class WordXml
{
    internal const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    internal const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    internal const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    internal const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    internal WordXml(XmlWriter writer) => Writer = writer;

    internal XmlWriter Writer { get; }

    /// <summary>Starts a part's root element, declaring the namespaces every part may use.</summary>
    internal void StartRoot(string localName)
    {
        Writer.WriteStartElement("w", localName, W);
        Writer.WriteAttributeString("xmlns", "r", null, R);
        Writer.WriteAttributeString("xmlns", "mc", null, Mc);
        Writer.WriteAttributeString("xmlns", "w14", null, W14);
        Writer.WriteAttributeString("mc", "Ignorable", Mc, "w14");
    }

    internal void Start(string localName) => Writer.WriteStartElement("w", localName, W);

    internal void End() => Writer.WriteEndElement();

    internal void Empty(string localName)
    {
        Writer.WriteStartElement("w", localName, W);
        Writer.WriteEndElement();
    }

    internal void Value(string localName, string value)
    {
        Writer.WriteStartElement("w", localName, W);
        Writer.WriteAttributeString("w", "val", W, value);
        Writer.WriteEndElement();
    }

    internal void Value(string localName, int value) => Value(localName, value.ToString(CultureInfo.InvariantCulture));

    internal void Attribute(string localName, string value) => Writer.WriteAttributeString("w", localName, W, value);

    internal void Attribute(string localName, int value) => Attribute(localName, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A run of text: line breaks become breaks, tabs become tabs.</summary>
    internal void Run(string text, bool bold = false)
    {
        Start("r");
        if (bold)
        {
            Start("rPr");
            Empty("b");
            End();
        }

        RunContent(text);
        End();
    }

    /// <summary>The content of a run (without the run element).</summary>
    internal void RunContent(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\t' && c != '\r')
            {
                continue;
            }

            Literal(text, start, i - start);
            if (c == '\t')
            {
                Empty("tab");
            }
            else if (c == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                // A CR LF pair is one line break.
                Empty("br");
            }

            start = i + 1;
        }

        Literal(text, start, text.Length - start);
    }

    /// <summary>A paragraph of one run, optionally with a paragraph style and kept with the next paragraph.</summary>
    internal void Paragraph(string text, string? styleId = null, bool bold = false, bool keepNext = false)
    {
        Start("p");
        ParagraphProperties(styleId, keepNext);
        Run(text, bold);
        End();
    }

    internal void ParagraphProperties(string? styleId, bool keepNext)
    {
        if (styleId is null && !keepNext)
        {
            return;
        }

        Start("pPr");
        if (styleId is not null)
        {
            Value("pStyle", styleId);
        }

        if (keepNext)
        {
            Empty("keepNext");
        }

        End();
    }

    private void Literal(string text, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        Start("t");
        Writer.WriteAttributeString("xml", "space", null, "preserve");
        Writer.WriteString(Text.Clean(start == 0 && length == text.Length ? text : text.Substring(start, length)));
        End();
    }
}
