using Marac.Forms.Documents;
using Marac.Forms.Pdf.Fonts;
using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Rendering;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Marac.Forms.Pdf;

/// <summary>
/// Draws a <see cref="FormDocument"/> as a PDF: measured line breaking and pagination (nothing is
/// clipped or dropped), the marking, form name and version and "page n of m" on every page, a
/// tagged structure (headings, paragraphs, tables) with the document language, the form's name as
/// the only title, and optional AES-256 encryption. The same document and options give the same
/// bytes unless the output is encrypted. Instances are immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The host must choose a PDFsharp licence first: <see cref="PdfLicensing.UseAgpl"/> or
/// <see cref="PdfLicensing.UseLicenseKey"/>.
/// </remarks>
public sealed class PdfRenderer
{
    private readonly PdfRenderOptions _options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Encryption, fallback fonts and timestamp; null for the defaults.</param>
    public PdfRenderer(PdfRenderOptions? options = null)
    {
        _options = options ?? new PdfRenderOptions();
        if (_options.FallbackFonts.Any(f => f is null))
        {
            throw new ArgumentException("FallbackFonts contains a null entry.", nameof(options));
        }
    }

    /// <summary>Renders the document and returns the PDF file's bytes.</summary>
    /// <exception cref="InvalidOperationException">No PDFsharp licence was chosen, or another PDFsharp font resolver is installed.</exception>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully; the message names the field and the character.</exception>
    public byte[] Render(FormDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PdfLicensing.EnsureConfigured();
        FontResolverInstallation.Ensure();

        var fonts = new FontSet(FontRegistry.BundledFaces, _options.FallbackFonts.Select(f => f.Face).ToArray());
        var furniture = new PageFurniture(document, fonts);
        List<FlowItem> flow = DocumentLayouter.Layout(document, fonts);
        List<PageLayout> pages = new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(flow);
        byte[] drawn = PdfDocumentWriter.Write(document, pages, furniture, fonts, _options.Timestamp);
        bool encrypt = _options.Encryption is not null;
        byte[] finished = PdfFileFinisher.Finish(drawn, contentDerivedIds: !encrypt);
        return encrypt ? Encrypt(finished, _options.Encryption!) : finished;
    }

    /// <summary>Renders the document into a stream.</summary>
    /// <exception cref="InvalidOperationException">No PDFsharp licence was chosen, or another PDFsharp font resolver is installed.</exception>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully; the message names the field and the character.</exception>
    public void Render(FormDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(document));
    }

    private byte[] Encrypt(byte[] pdf, PdfEncryption encryption)
    {
        // Reopened rather than encrypted in the first pass so the streams keep the complete zlib
        // compression the finisher gave them; PDFsharp encrypts them as they are.
        using var input = new MemoryStream(pdf, writable: false);
        using PdfDocument document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.Creator = PdfDocumentWriter.Creator;
        document.Info.ModificationDate = _options.Timestamp.UtcDateTime;
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        var security = document.SecuritySettings;
        security.UserPassword = encryption.UserPassword;
        security.OwnerPassword = encryption.OwnerPassword;
        document.SecurityHandler.SetEncryptionToV5();
        security.PermitPrint = true;
        security.PermitFullQualityPrint = true;
        security.PermitExtractContent = true;
        security.PermitModifyDocument = false;
        security.PermitAnnotations = false;
        security.PermitFormsFill = false;
        security.PermitAssembleDocument = false;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
