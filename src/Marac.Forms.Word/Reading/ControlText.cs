using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Marac.Forms.Word.Reading;

/// <summary>Reads the text a content control shows: breaks as line breaks, tabs as tabs, paragraphs separated by line breaks.</summary>
internal static class ControlText
{
    internal static string Read(OpenXmlElement content)
    {
        var builder = new StringBuilder();
        var paragraphs = 0;
        Append(content, builder, ref paragraphs);
        return builder.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder builder, ref int paragraphs)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Paragraph:
                    if (paragraphs++ > 0)
                    {
                        builder.Append('\n');
                    }

                    Append(child, builder, ref paragraphs);
                    break;
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break:
                case CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('\u2011');
                    break;
                case DeletedText:
                case FieldCode:
                    break;
                default:
                    Append(child, builder, ref paragraphs);
                    break;
            }
        }
    }
}
