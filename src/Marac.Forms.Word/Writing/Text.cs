using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Marac.Forms.Word.Writing;

/// <summary>Turns text into runs: line breaks become breaks, tabs become tabs, characters XML cannot hold become U+FFFD.</summary>
internal static class Text
{
    internal static IEnumerable<OpenXmlElement> RunContent(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\t' || c == '\r')
            {
                if (i > start)
                {
                    yield return Literal(text.Substring(start, i - start));
                }

                if (c == '\n')
                {
                    yield return new Break();
                }
                else if (c == '\t')
                {
                    yield return new TabChar();
                }
                else if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    // A CR LF pair is one line break.
                }
                else
                {
                    yield return new Break();
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return Literal(text.Substring(start));
        }
    }

    internal static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(RunContent(text));
        return run;
    }

    internal static Paragraph Paragraph(string text, string? styleId = null, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        paragraph.Append(Run(text, bold ? new RunProperties(new Bold()) : null));
        return paragraph;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Text Literal(string text) =>
        new(Clean(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Replaces characters that XML 1.0 cannot carry (control characters, unpaired surrogates).</summary>
    internal static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (char.IsHighSurrogate(c))
            {
                valid = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (valid)
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                valid = false;
            }

            if (!valid && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            builder?.Append(valid ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
