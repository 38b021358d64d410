using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>One font file known to our resolver: its PDFsharp family and style, its bytes and its metrics.</summary>
internal sealed class FontFace
{
    private static readonly XPdfFontOptions UnicodeEncoding = new(PdfFontEncoding.Unicode);

    public FontFace(string faceName, string familyName, FaceStyle style, byte[] bytes, TrueTypeMetrics metrics)
    {
        FaceName = faceName;
        FamilyName = familyName;
        Style = style;
        Bytes = bytes;
        Metrics = metrics;
    }

    /// <summary>The unique face name our resolver hands to PDFsharp.</summary>
    public string FaceName { get; }

    /// <summary>The family name used to create <see cref="XFont"/>s.</summary>
    public string FamilyName { get; }

    /// <summary>Which face of the family this is.</summary>
    public FaceStyle Style { get; }

    /// <summary>The font file.</summary>
    public byte[] Bytes { get; }

    /// <summary>Widths, coverage and vertical metrics.</summary>
    public TrueTypeMetrics Metrics { get; }

    /// <summary>Creates a PDFsharp font for this face; Unicode encoding so every character extracts through ToUnicode.</summary>
    public XFont CreateXFont(double size)
    {
        XFontStyleEx style = Style switch
        {
            FaceStyle.Bold => XFontStyleEx.Bold,
            FaceStyle.Italic => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(FamilyName, size, style, UnicodeEncoding);
    }
}
