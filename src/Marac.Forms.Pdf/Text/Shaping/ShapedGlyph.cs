namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>One glyph HarfBuzz placed: its id in the font, the text it came from and where it goes, in font design units.</summary>
/// <param name="Glyph">The glyph id in the font file.</param>
/// <param name="Cluster">Index in the text of the first UTF-16 unit of the cluster the glyph belongs to.</param>
/// <param name="Advance">How far the pen moves after the glyph.</param>
/// <param name="XOffset">Horizontal shift of this glyph only.</param>
/// <param name="YOffset">Vertical shift of this glyph only (up is positive).</param>
/// <param name="UnsafeToBreak">True when a line may not start at this glyph without shaping again (HarfBuzz's unsafe-to-break flag).</param>
internal readonly record struct ShapedGlyph(ushort Glyph, int Cluster, int Advance, int XOffset, int YOffset, bool UnsafeToBreak);
