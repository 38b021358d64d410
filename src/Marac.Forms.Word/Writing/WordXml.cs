using System.Globalization;

namespace Marac.Forms.Word.Writing;

/// <summary>
/// Writes WordprocessingML markup straight to a <see cref="TextWriter"/>. Streaming the markup keeps
/// rendering to about a millisecond per form, where building the Open XML SDK's object tree first took
/// tens of milliseconds; the tests check every output with the SDK's validator. Element names are
/// written with their prefix; text and attribute values are escaped here.
/// </summary>
internal sealed class WordXml
{
    internal const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    internal const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    internal const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    internal const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>The opening ("&lt;w:p") and closing ("&lt;/w:p&gt;") text of each element name, made once per process.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Tags> MainTags = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Tags> W14Tags = new(StringComparer.Ordinal);

    private readonly TextWriter output;
    private readonly Stack<Tags> open = new();
    private bool startTagOpen;

    internal WordXml(TextWriter output) => this.output = output;

    /// <summary>Writes the XML declaration and a part's root element, declaring the namespaces every part may use.</summary>
    internal void StartRoot(string localName)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        Start(localName);
        output.Write(" xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" xmlns:mc=\"" + Mc + "\" xmlns:w14=\"" + W14 + "\" mc:Ignorable=\"w14\"");
    }

    /// <summary>Starts an element of the main namespace (<c>w:</c>).</summary>
    internal void Start(string localName) => Start("w:", localName);

    /// <summary>Starts an element of the Word 2010 namespace (<c>w14:</c>), for example <c>checkbox</c>.</summary>
    internal void StartW14(string localName) => Start("w14:", localName);

    internal void End()
    {
        var tags = open.Pop();
        if (startTagOpen)
        {
            output.Write("/>");
            startTagOpen = false;
        }
        else
        {
            output.Write(tags.Close);
        }
    }

    internal void Empty(string localName)
    {
        Start(localName);
        End();
    }

    internal void Value(string localName, string value)
    {
        CloseStartTag();
        output.Write(TagsOf("w:", localName).Open);
        output.Write(" w:val=\"");
        Escape(value, attribute: true);
        output.Write("\"/>");
    }

    internal void Value(string localName, int value) => Value(localName, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An attribute of the main namespace (<c>w:</c>) on the element just started.</summary>
    internal void Attribute(string localName, string value)
    {
        output.Write(" w:");
        output.Write(localName);
        output.Write("=\"");
        Escape(value, attribute: true);
        output.Write('"');
    }

    internal void Attribute(string localName, int value) => Attribute(localName, value.ToString(CultureInfo.InvariantCulture));

    internal void AttributeQualified(string qualifiedName, string value)
    {
        output.Write(' ');
        output.Write(qualifiedName);
        output.Write("=\"");
        Escape(value, attribute: true);
        output.Write('"');
    }

    /// <summary>Character content, escaped.</summary>
    internal void Characters(string text)
    {
        CloseStartTag();
        Escape(text, attribute: false);
    }

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

        var literal = start == 0 && length == text.Length ? text : text.Substring(start, length);
        Start("t");
        if (char.IsWhiteSpace(literal[0]) || char.IsWhiteSpace(literal[literal.Length - 1]) || literal.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            AttributeQualified("xml:space", "preserve");
        }

        Characters(Text.Checked(literal));
        End();
    }

    private static Tags TagsOf(string prefix, string localName)
    {
        var cache = prefix == "w:" ? MainTags : W14Tags;
        return cache.TryGetValue(localName, out var tags) ? tags : cache.GetOrAdd(localName, new Tags("<" + prefix + localName, "</" + prefix + localName + ">"));
    }

    private void Start(string prefix, string localName)
    {
        CloseStartTag();
        var tags = TagsOf(prefix, localName);
        output.Write(tags.Open);
        open.Push(tags);
        startTagOpen = true;
    }

    private void CloseStartTag()
    {
        if (startTagOpen)
        {
            output.Write('>');
            startTagOpen = false;
        }
    }

    private sealed class Tags
    {
        internal Tags(string open, string close)
        {
            Open = open;
            Close = close;
        }

        internal string Open { get; }

        internal string Close { get; }
    }

    private void Write(string text, int start, int length)
    {
        if (length == text.Length)
        {
            output.Write(text);
        }
        else if (length > 0)
        {
#if NETSTANDARD2_0
            output.Write(text.Substring(start, length));
#else
            output.Write(text.AsSpan(start, length));
#endif
        }
    }

    private void Escape(string text, bool attribute)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#xA;",
                '\r' when attribute => "&#xD;",
                '\t' when attribute => "&#x9;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            Write(text, from, i - from);
            output.Write(entity);
            from = i + 1;
        }

        Write(text, from, text.Length - from);
    }
}
