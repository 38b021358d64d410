namespace Marac.Forms.Pdf;

/// <summary>How <see cref="PdfRenderer"/> writes a document. The marking and all wording come from the <c>FormDocument</c>.</summary>
public sealed class PdfRenderOptions
{
    /// <summary>The timestamp written when none is given: 1 January 2000, 00:00 UTC.</summary>
    public static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Password protection, or null for none. Encrypted output is not byte-identical between runs: each file gets fresh random salts.</summary>
    public PdfEncryption? Encryption { get; init; }

    /// <summary>Fonts tried, in order, for characters the bundled fonts (DejaVu Sans, and Noto for Arabic, Hebrew, Bengali, Gurmukhi, Devanagari and Tamil) cannot draw.</summary>
    public IReadOnlyList<PdfFallbackFont> FallbackFonts { get; init; } = [];

    /// <summary>
    /// The creation and modification date written into the file's metadata. Defaults to
    /// <see cref="FixedTimestamp"/> so that the same input always gives the same bytes; set it to
    /// record when the document was produced.
    /// </summary>
    public DateTimeOffset Timestamp { get; init; } = FixedTimestamp;
}
