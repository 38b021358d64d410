using PdfSharp.License;
using PdfSharp.Pdf;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// Creates PDFsharp documents, turning PDFsharp's refusal when the host has chosen no licence into
/// an error that says what to do. The choice itself is never made here: only the host application
/// may accept PDFsharp's licence.
/// </summary>
internal static class LicensedPdfDocument
{
    private const string NoLicenceMessage =
        "No licence has been chosen for PDFsharp, which Marac.Forms.Pdf uses to write PDF. PDFsharp is licensed under the AGPL-3.0 or commercially, " +
        "and this library will not accept a licence for you. Before rendering, your application chooses one itself through PDFsharp's PdfSharpLicense class: " +
        "either the AGPL-3.0 (only if your application complies with it) or your PDFsharp commercial licence key (PdfSharpLicense.LoadLicense). " +
        "See https://docs.pdfsharp.net/link/license-loading.html.";

    public static PdfDocument Create()
    {
        try
        {
            return new PdfDocument();
        }
        catch (PdfSharpLicenseException noLicence)
        {
            throw new InvalidOperationException(NoLicenceMessage, noLicence);
        }
    }
}
