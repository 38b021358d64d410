using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf;

/// <summary>
/// Draws a <see cref="FormDocument"/> as a PDF: measured line breaking and pagination (nothing is
/// clipped or dropped), the marking, form name and version and "page n of m" on every page, a
/// tagged structure (headings, paragraphs, tables, lists of tick boxes) with the document language, the form's name as
/// the only title, and optional AES-256 encryption. The same document and options give the same
/// bytes unless the output is encrypted. Instances are immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Text is shaped with HarfBuzz and ordered by the Unicode bidirectional algorithm, so names
/// in Arabic, Urdu, Hebrew, Bengali, Gurmukhi, Devanagari and Tamil print as written with the
/// bundled Noto fonts, and Latin, Greek and Cyrillic with the bundled DejaVu Sans. Characters no
/// bundled or configured fallback font covers, and control characters, are refused with a
/// <see cref="PdfUnprintableTextException"/> naming the field and the character. A table row too
/// tall for the rest of a page continues on the next page under the repeated header; in the
/// structure tree it stays one row.</para>
/// </remarks>
public sealed class PdfRenderer : FormRenderer
{
    private readonly PdfRenderOptions _options;
    private readonly FontFace[] _fallbacks;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Encryption, fallback fonts and timestamp; null for the defaults.</param>
    public PdfRenderer(PdfRenderOptions? options = null)
    {
        _options = options ?? new PdfRenderOptions();
        if (_options.FallbackFonts.Any(f => f is null))
        {
            throw new ArgumentException("FallbackFonts contains a null entry.", nameof(options));
        }

        _fallbacks = _options.FallbackFonts.Select(f => f.Face).ToArray();
    }

    /// <inheritdoc />
    public override string FileExtension => ".pdf";

    /// <inheritdoc />
    public override string ContentType => "application/pdf";

    /// <summary>Renders the document and returns the PDF file's bytes.</summary>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully; the message names the field and the character.</exception>
    public override byte[] Render(FormDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var fonts = new FontSet(FontRegistry.BundledFaces, _fallbacks);
        var furniture = new PageFurniture(document, fonts);
        List<FlowItem> flow = DocumentLayouter.Layout(document, fonts);
        List<PageLayout> pages = new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(flow);
        return PdfDocumentWriter.Write(document, pages, furniture, _options.Timestamp, _options.Encryption);
    }

    /// <summary>Renders the document into a stream.</summary>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully; the message names the field and the character.</exception>
    public override void Render(FormDocument document, Stream output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        byte[] pdf = Render(document);
        output.Write(pdf, 0, pdf.Length);
    }
}
