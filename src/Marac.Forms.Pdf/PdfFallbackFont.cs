using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf;

/// <summary>
/// A TrueType font (.ttf with TrueType outlines; not a .ttc collection or a CFF-based .otf) that
/// draws characters the bundled fonts lack, for example Chinese, Japanese or Korean names, or
/// emoji outside DejaVu Sans. Its text is shaped with HarfBuzz like the bundled fonts' and its
/// glyphs are embedded as a subset. Fonts are kept by their content for the life of the process,
/// so loading the same file again costs nothing; load each one once and reuse it.
/// </summary>
public sealed class PdfFallbackFont
{
    private PdfFallbackFont(string name, FontFace face)
    {
        Name = name;
        Face = face;
    }

    /// <summary>A name for messages, for example the file name.</summary>
    public string Name { get; }

    internal FontFace Face { get; }

    /// <summary>Loads a fallback font from its bytes.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="trueTypeFont">The .ttf file's bytes; the array is kept, do not change it afterwards.</param>
    /// <exception cref="ArgumentException">The bytes are not a single TrueType-outline font.</exception>
    public static PdfFallbackFont FromBytes(string name, byte[] trueTypeFont)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A fallback font needs a name for messages.", nameof(name));
        }

        if (trueTypeFont is null)
        {
            throw new ArgumentNullException(nameof(trueTypeFont));
        }

        return new PdfFallbackFont(name, FontRegistry.RegisterFallback(name, trueTypeFont));
    }

    /// <summary>Loads a fallback font from a .ttf file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentException">The file is not a single TrueType-outline font.</exception>
    public static PdfFallbackFont FromFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path of a fallback font is empty.", nameof(path));
        }

        return FromBytes(Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
