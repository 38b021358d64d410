using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>One font file: its name, style, bytes and metrics, and the HarfBuzz font that shapes text with it (made on first use).</summary>
internal sealed class FontFace
{
    private readonly Lazy<ShapingFont> _shaping;

    public FontFace(string faceName, FaceStyle style, byte[] bytes, TrueTypeMetrics metrics)
    {
        FaceName = faceName;
        Style = style;
        Bytes = bytes;
        Metrics = metrics;
        _shaping = new Lazy<ShapingFont>(() => new ShapingFont(bytes), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A name for messages and for the embedded font's PDF name.</summary>
    public string FaceName { get; }

    /// <summary>Which style of its family this is.</summary>
    public FaceStyle Style { get; }

    /// <summary>The font file.</summary>
    public byte[] Bytes { get; }

    /// <summary>Glyph coverage, widths, vertical metrics and descriptor values.</summary>
    public TrueTypeMetrics Metrics { get; }

    /// <summary>The HarfBuzz font for this face.</summary>
    public ShapingFont Shaping => _shaping.Value;

    /// <inheritdoc />
    public override string ToString() => FaceName;
}
