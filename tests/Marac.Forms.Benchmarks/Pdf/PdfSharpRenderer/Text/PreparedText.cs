using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Text;

/// <summary>
/// Text checked and ready to lay out: normalised (NFC, line breaks as '\n'), every character
/// assigned a face that has its glyph, and every character's advance measured.
/// </summary>
internal sealed class PreparedText
{
    public PreparedText(string text, byte[] faceOfChar, float[] advance, TextFormat format, FontSet fonts)
    {
        Text = text;
        FaceOfChar = faceOfChar;
        Advance = advance;
        Format = format;
        Fonts = fonts;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>For each character, the face index in <see cref="Fonts"/> that draws it.</summary>
    public byte[] FaceOfChar { get; }

    /// <summary>For each character, its advance in points.</summary>
    public float[] Advance { get; }

    /// <summary>Style, size and ink.</summary>
    public TextFormat Format { get; }

    /// <summary>The faces in use.</summary>
    public FontSet Fonts { get; }

    /// <summary>The width of the characters from <paramref name="start"/> up to <paramref name="end"/>.</summary>
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
