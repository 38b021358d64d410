using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer;

/// <summary>
/// A TrueType font (.ttf with TrueType outlines; not a .ttc collection or a CFF-based .otf) that
/// draws characters the bundled DejaVu Sans lacks, for example Chinese, Japanese or Korean names.
/// It is used only for scripts drawn left to right without shaping: right-to-left scripts (Arabic,
/// Hebrew) and scripts that need shaping (Devanagari, Bengali, Thai and others) are refused
/// whatever fonts are configured, because PDFsharp cannot order or shape them. Its characters are
/// embedded as a subset, like the bundled font's. PDFsharp caches fonts for the life of the process,
/// so a loaded fallback font stays in memory until the process ends; load each one once and reuse it.
/// </summary>
internal sealed class PdfFallbackFont
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
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(trueTypeFont);
        return new PdfFallbackFont(name, FontRegistry.RegisterFallback(name, trueTypeFont));
    }

    /// <summary>Loads a fallback font from a .ttf file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentException">The file is not a single TrueType-outline font.</exception>
    public static PdfFallbackFont FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromBytes(Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
