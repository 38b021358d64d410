namespace Marac.Forms.Pdf.Text;

/// <summary>One laid-out line: a range of a <see cref="PreparedText"/> and its width.</summary>
/// <param name="Source">The prepared text.</param>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character drawn.</param>
/// <param name="Width">Width in points.</param>
internal sealed record TextLine(PreparedText Source, int Start, int End, double Width)
{
    /// <summary>The line's text.</summary>
    public string Content => Source.Text.Substring(Start, End - Start);

    /// <summary>True when the line belongs to a right-to-left paragraph, which lines up on the right.</summary>
    public bool IsRightToLeft => Start < Source.ParagraphLevelOfChar.Length && (Source.ParagraphLevelOfChar[Start] & 1) == 1;
}
