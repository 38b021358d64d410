using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>A stretch of one paragraph drawn with one face at one bidirectional level, shaped as a whole.</summary>
/// <param name="Start">First UTF-16 unit of the run in the text.</param>
/// <param name="End">One past the last unit.</param>
/// <param name="FaceIndex">The face, as an index into the rendering's <see cref="FontSet"/>.</param>
/// <param name="Level">The bidirectional embedding level; odd levels run right to left.</param>
/// <param name="Glyphs">The glyphs in visual order, left to right.</param>
internal sealed record ShapedRun(int Start, int End, int FaceIndex, byte Level, ShapedGlyph[] Glyphs)
{
    /// <summary>True when the run is written right to left.</summary>
    public bool IsRightToLeft => (Level & 1) == 1;
}
