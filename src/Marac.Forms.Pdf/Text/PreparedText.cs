using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Text.Shaping;

namespace Marac.Forms.Pdf.Text;

/// <summary>
/// Text checked and ready to lay out: normalised (NFC, line breaks as '\n'), every character
/// assigned a face that has its glyph, split into bidirectional levels and shaped by HarfBuzz,
/// with each character's advance measured from the shaped glyphs.
/// </summary>
internal sealed class PreparedText
{
    public PreparedText(string text, byte[] faceOfChar, float[] advance, bool[] continuesCluster, ShapedRun[] runs, byte[] paragraphLevelOfChar, TextFormat format, FontSet fonts)
    {
        Text = text;
        FaceOfChar = faceOfChar;
        Advance = advance;
        ContinuesCluster = continuesCluster;
        Runs = runs;
        ParagraphLevelOfChar = paragraphLevelOfChar;
        Format = format;
        Fonts = fonts;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>For each UTF-16 unit, the face index in <see cref="Fonts"/> that draws it.</summary>
    public byte[] FaceOfChar { get; }

    /// <summary>For each unit, its advance in points: a shaped cluster's whole advance is on its first unit.</summary>
    public float[] Advance { get; }

    /// <summary>For each unit, true when it belongs to the shaping cluster of an earlier unit, so a line must not start there.</summary>
    public bool[] ContinuesCluster { get; }

    /// <summary>The shaped runs, in logical order.</summary>
    public ShapedRun[] Runs { get; }

    /// <summary>For each unit, the embedding level of its paragraph (1 for a right-to-left paragraph).</summary>
    public byte[] ParagraphLevelOfChar { get; }

    /// <summary>Style, size and ink.</summary>
    public TextFormat Format { get; }

    /// <summary>The faces in use.</summary>
    public FontSet Fonts { get; }

    /// <summary>The width of the units from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public double Width(int start, int end)
    {
        double width = 0;
        for (int i = start; i < end; i++)
        {
            width += Advance[i];
        }

        return width;
    }
}
