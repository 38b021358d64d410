using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text.Bidi;
using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Text;

/// <summary>
/// The glyphs of one line in the order they are drawn, left to right: the paragraph's shaped runs
/// cut to the line (shaped again where HarfBuzz says a cut there is unsafe), then put in visual
/// order by rule L2 of the bidirectional algorithm.
/// </summary>
internal static class LineGlyphs
{
    /// <summary>One piece of a line: glyphs of one face at one level, and the text they show.</summary>
    /// <param name="Face">The face.</param>
    /// <param name="Glyphs">Glyphs in visual order.</param>
    /// <param name="Start">First unit of the text the piece shows.</param>
    /// <param name="End">One past its last unit.</param>
    /// <param name="RightToLeft">True when the piece runs right to left.</param>
    public readonly record struct Piece(FontFace Face, ShapedGlyph[] Glyphs, int Start, int End, bool RightToLeft);

    public static List<Piece> Visual(TextLine line)
    {
        PreparedText text = line.Source;
        var pieces = new List<Piece>();
        var levels = new List<byte>();
        foreach (ShapedRun run in text.Runs)
        {
            int start = Math.Max(run.Start, line.Start);
            int end = Math.Min(run.End, line.End);
            if (start >= end)
            {
                continue;
            }

            ShapedGlyph[] glyphs = start == run.Start && end == run.End
                ? run.Glyphs
                : Cut(text, run, start, end);
            pieces.Add(new Piece(text.Fonts.Face(text.Format.Style, run.FaceIndex), glyphs, start, end, run.IsRightToLeft));
            levels.Add(run.Level);
        }

        if (pieces.Count < 2 || levels.TrueForAll(l => l == 0))
        {
            return pieces;
        }

        int[] order = BidiResolver.VisualOrder(levels.ToArray());
        var visual = new List<Piece>(pieces.Count);
        foreach (int index in order)
        {
            visual.Add(pieces[index]);
        }

        return visual;
    }

    private static ShapedGlyph[] Cut(PreparedText text, ShapedRun run, int start, int end)
    {
        bool safe = true;
        var kept = new List<ShapedGlyph>(run.Glyphs.Length);
        foreach (ShapedGlyph glyph in run.Glyphs)
        {
            if (glyph.Cluster >= start && glyph.Cluster < end)
            {
                kept.Add(glyph);
            }

            if (glyph.UnsafeToBreak && ((glyph.Cluster == start && start > run.Start) || (glyph.Cluster == end && end < run.End)))
            {
                safe = false;
            }
        }

        if (safe)
        {
            return kept.ToArray();
        }

        int paragraphStart = text.Text.LastIndexOf('\n', Math.Max(0, run.Start - 1)) + 1;
        if (paragraphStart > run.Start)
        {
            paragraphStart = run.Start;
        }

        int paragraphEnd = text.Text.IndexOf('\n', run.End);
        bool complexFace = run.FaceIndex is >= 1 and <= ScriptFamilies.Count;
        return TextShaper.Shape(text.Text, paragraphStart, paragraphEnd < 0 ? text.Text.Length : paragraphEnd, start, end, text.Fonts.Face(text.Format.Style, run.FaceIndex), run.IsRightToLeft, complexFace);
    }
}
