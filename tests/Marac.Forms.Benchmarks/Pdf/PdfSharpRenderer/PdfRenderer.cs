using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;
using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer;

/// <summary>
/// Draws a <see cref="FormDocument"/> as a PDF: measured line breaking and pagination (nothing is
/// clipped or dropped), the marking, form name and version and "page n of m" on every page, a
/// tagged structure (headings, paragraphs, tables) with the document language, the form's name as
/// the only title, and optional AES-256 encryption. The same document and options give the same
/// bytes unless the output is encrypted. Instances are immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>The host application must choose a PDFsharp licence first, itself, through PDFsharp's
/// <c>PdfSharp.PdfSharpLicense</c> class: the AGPL-3.0 or a commercial licence key. PDFsharp 6.5 is
/// licensed under the AGPL-3.0 or commercially by empira, and this library never accepts a licence
/// for its user; without the host's choice, rendering fails with an
/// <see cref="InvalidOperationException"/> naming both options.</para>
/// <para>Text in right-to-left or shaped scripts (Arabic, Hebrew, Devanagari and others), characters
/// outside the Basic Multilingual Plane and characters no font covers are refused with a
/// <see cref="PdfUnprintableTextException"/> naming the field and the character; render such a
/// document to Word. A table row too tall for the rest of a page continues on the next page under
/// the repeated header; in the structure tree its two parts are two rows.</para>
/// </remarks>
internal sealed class PdfRenderer
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
        FontResolverInstallation.Ensure();

        var fonts = new FontSet(FontRegistry.BundledFaces, _options.FallbackFonts.Select(f => f.Face).ToArray());
        var furniture = new PageFurniture(document, fonts);
        List<FlowItem> flow = DocumentLayouter.Layout(document, fonts);
        List<PageLayout> pages = new Paginator(furniture.BodyTop, furniture.BodyBottom).Paginate(flow);
        ArraySegment<byte> drawn = PdfDocumentWriter.Write(document, pages, furniture, fonts, _options.Timestamp);
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

    /// <summary>Builds the completed form for a record (<see cref="FormDocumentBuilder.Build{TForm}"/>) and renders it into a stream.</summary>
    /// <typeparam name="TForm">The record type.</typeparam>
    /// <param name="form">The record; it need not be valid.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="definition">The form definition; null for the built-in one.</param>
    /// <param name="documentOptions">Marking and review-date choices; null for the defaults.</param>
    /// <exception cref="PdfUnprintableTextException">Some text cannot be printed faithfully; the message names the field and the character.</exception>
    public void RenderForm<TForm>(TForm form, Stream output, FormDefinition? definition = null, FormDocumentOptions? documentOptions = null)
        where TForm : class =>
        Render(FormDocumentBuilder.Build(form, definition, documentOptions), output);

    /// <summary>Renders the blank form for a definition (<see cref="FormDocumentBuilder.BuildBlank"/>), with writing space, into a stream.</summary>
    /// <param name="definition">The form definition.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="documentOptions">Marking and review-date choices; null for the defaults.</param>
    public void RenderBlank(FormDefinition definition, Stream output, FormDocumentOptions? documentOptions = null) =>
        Render(FormDocumentBuilder.BuildBlank(definition, documentOptions), output);

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
