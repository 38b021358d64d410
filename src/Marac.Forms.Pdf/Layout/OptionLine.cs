using Marac.Forms.Pdf.Rendering;
using Marac.Forms.Pdf.Text;

namespace Marac.Forms.Pdf.Layout;

/// <summary>
/// One printed line of a tick-box option, tagged as part of a list item (PDF 1.7, 14.8.4.3.3): on
/// the option's first line the tick box is the item's label (Lbl) and the option's text its body
/// (LBody); later lines carry on the same body. Every line of an option shares its list item, so
/// an option broken over two pages stays one item.
/// </summary>
internal sealed class OptionLine
{
    private readonly object _item;
    private readonly object _body;

    private OptionLine(TextLine? box, TextLine? text, double textOffset, object item, object body)
    {
        Box = box;
        Text = text;
        TextOffset = textOffset;
        _item = item;
        _body = body;
    }

    /// <summary>The tick box, on the first line only.</summary>
    public TextLine? Box { get; }

    /// <summary>The option's text on this line, or null when the first line holds the box alone.</summary>
    public TextLine? Text { get; }

    /// <summary>Where the text starts, from the line's left edge.</summary>
    public double TextOffset { get; }

    /// <summary>
    /// The lines of one option, from the lines its text (the box, a space, the option's wording) was
    /// broken into; continuation lines hang by <paramref name="hang"/>. A right-to-left option
    /// (its box drawn on the right) is tagged as body only, so its glyphs stay in their order.
    /// </summary>
    public static List<OptionLine> Of(IReadOnlyList<TextLine> lines, int boxLength, double hang)
    {
        object item = new();
        object body = new();
        var options = new List<OptionLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            if (i > 0 || line.IsRightToLeft || line.End < boxLength)
            {
                options.Add(new OptionLine(null, line, i == 0 ? 0 : hang, item, body));
                continue;
            }

            PreparedText source = line.Source;
            var box = new TextLine(source, 0, boxLength, source.Width(0, boxLength));
            int textStart = Math.Min(boxLength + 1, line.End);
            TextLine? text = line.End > textStart ? new TextLine(source, textStart, line.End, source.Width(textStart, line.End)) : null;
            options.Add(new OptionLine(box, text, source.Width(0, textStart), item, body));
        }

        return options;
    }

    public double Height => (Text ?? Box)!.Source.Format.LineHeight;

    public void Draw(PageCanvas canvas, double x, double top)
    {
        canvas.Begin(StructureTag.ListItem, _item);
        if (Box is not null)
        {
            canvas.Begin(StructureTag.ListLabel);
            canvas.DrawText(Box, x, top);
            canvas.End();
        }

        if (Text is not null)
        {
            canvas.Begin(StructureTag.ListBody, _body);
            canvas.DrawText(Text, x + TextOffset, top);
            canvas.End();
        }

        canvas.End();
    }
}
