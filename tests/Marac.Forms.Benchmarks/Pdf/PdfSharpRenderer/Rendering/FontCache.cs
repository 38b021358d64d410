using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;
using PdfSharp.Drawing;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>PDFsharp fonts, pens and brushes for one document, created once each.</summary>
internal sealed class FontCache
{
    private readonly Dictionary<(string Face, double Size), XFont> _fonts = [];
    private readonly Dictionary<double, XBrush> _brushes = [];
    private readonly Dictionary<(double Width, double Gray), XPen> _pens = [];
    private readonly TrueTypeMetrics _reference;

    public FontCache(FontSet fonts) => _reference = fonts.Bundled.Regular.Metrics;

    public XFont Get(FontFace face, double size)
    {
        if (!_fonts.TryGetValue((face.FaceName, size), out XFont? font))
        {
            font = face.CreateXFont(size);
            _fonts[(face.FaceName, size)] = font;
        }

        return font;
    }

    /// <summary>Distance from a line's top to its baseline: the leading split evenly above and below the glyphs.</summary>
    public double BaselineOffset(TextFormat format)
    {
        double ascent = (double)_reference.Ascender / _reference.UnitsPerEm * format.Size;
        double descent = (double)_reference.Descender / _reference.UnitsPerEm * format.Size;
        return ((format.LineHeight - ascent - descent) / 2) + ascent;
    }

    public XBrush Brush(double gray)
    {
        if (!_brushes.TryGetValue(gray, out XBrush? brush))
        {
            brush = new XSolidBrush(Gray(gray));
            _brushes[gray] = brush;
        }

        return brush;
    }

    public XPen Pen(double width, double gray)
    {
        if (!_pens.TryGetValue((width, gray), out XPen? pen))
        {
            pen = new XPen(Gray(gray), width);
            _pens[(width, gray)] = pen;
        }

        return pen;
    }

    private static XColor Gray(double gray)
    {
        int level = (int)Math.Round(Math.Clamp(gray, 0, 1) * 255);
        return XColor.FromArgb(level, level, level);
    }
}
