namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// The operators of one page's content stream, in PDF user space (origin bottom left, points):
/// gray ink and strokes, lines and rectangles, text shown as two-byte glyph ids (Identity-H) with
/// per-glyph adjustments, and marked content. It remembers the ink, line width and font so each is
/// set only when it changes.
/// </summary>
internal sealed class ContentStream : IDisposable
{
    private double _fill = 0;
    private double _stroke = 0;
    private double _lineWidth = 1;

    public PdfOutput Output { get; } = new(32 * 1024);

    public void Reset()
    {
        Output.Clear();
        _fill = 0;
        _stroke = 0;
        _lineWidth = 1;
    }

    public void Line(double x1, double y1, double x2, double y2, double width, double gray)
    {
        Stroke(width, gray);
        Output.Number(x1).Write((byte)' ').Number(y1).Ascii(" m ").Number(x2).Write((byte)' ').Number(y2).Ascii(" l S\n");
    }

    public void StrokeRectangle(double x, double y, double width, double height, double lineWidth, double gray)
    {
        Stroke(lineWidth, gray);
        Rectangle(x, y, width, height).Ascii(" re S\n");
    }

    public void FillRectangle(double x, double y, double width, double height, double gray)
    {
        Fill(gray);
        Rectangle(x, y, width, height).Ascii(" re f\n");
    }

    /// <summary>Starts a text object at a baseline origin with a font (resource name) and size.</summary>
    public void BeginText(string font, double size, double x, double y, double gray)
    {
        Fill(gray);
        Output.Ascii("BT /").Ascii(font).Write((byte)' ').Number(size).Ascii(" Tf ").Number(x).Write((byte)' ').Number(y).Ascii(" Td [");
    }

    /// <summary>Inside TJ: one glyph.</summary>
    public void Glyph(int glyph) => Output.Write((byte)'<').Hex4(glyph).Write((byte)'>');

    /// <summary>Inside TJ: moves the next glyph left by <paramref name="thousandths"/> of the font size (negative moves right).</summary>
    public void Adjust(double thousandths) => Output.Write((byte)' ').Number(thousandths).Write((byte)' ');

    /// <summary>Ends the TJ array and sets a text rise (for a mark raised or lowered by the shaper), then opens a new TJ array.</summary>
    public void Rise(double rise) => Output.Ascii("] TJ ").Number(rise).Ascii(" Ts [");

    public void EndText() => Output.Ascii("] TJ ET\n");

    /// <summary>Ends the text object after a rise was set: the rise goes back to zero for later text.</summary>
    public void EndTextWithRise() => Output.Ascii("] TJ 0 Ts ET\n");

    /// <summary>"/Tag &lt;&lt;/MCID n&gt;&gt; BDC".</summary>
    public void BeginMarkedContent(string tag, int mcid) =>
        Output.Write((byte)'/').Ascii(tag).Ascii("<</MCID ").Integer(mcid).Ascii(">>BDC\n");

    public void BeginArtifact() => Output.Ascii("/Artifact BMC\n");

    /// <summary>"/Span &lt;&lt;/ActualText ...&gt;&gt; BDC": the text a reader extracts for the glyphs up to the matching EMC.</summary>
    public PdfOutput BeginActualText()
    {
        Output.Ascii("/Span<</ActualText ");
        return Output;
    }

    public void EndActualTextHeader() => Output.Ascii(">>BDC\n");

    public void EndMarkedContent() => Output.Ascii("EMC\n");

    public void Dispose() => Output.Dispose();

    private PdfOutput Rectangle(double x, double y, double width, double height) =>
        Output.Number(x).Write((byte)' ').Number(y).Write((byte)' ').Number(width).Write((byte)' ').Number(height);

    private void Fill(double gray)
    {
        if (gray != _fill)
        {
            Output.Number(gray).Ascii(" g\n");
            _fill = gray;
        }
    }

    private void Stroke(double width, double gray)
    {
        if (gray != _stroke)
        {
            Output.Number(gray).Ascii(" G\n");
            _stroke = gray;
        }

        if (width != _lineWidth)
        {
            Output.Number(width).Ascii(" w\n");
            _lineWidth = width;
        }
    }
}
