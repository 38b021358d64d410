using PdfSharp.License;
using PdfSharp.Pdf;

namespace Marac.Forms.Pdf.Rendering;

/// <summary>
/// Creates PDFsharp documents, turning PDFsharp's refusal when the host has chosen no licence into
/// an error that says what to do. The choice itself is never made here: only the host application
/// may accept PDFsharp's licence.
/// </summary>
internal static class LicensedPdfDocument
{
    public const string NoLicenceMessage =
        "No licence has been chosen for PDFsharp, which Marac.Forms.Pdf uses to write PDF. PDFsharp is licensed under the AGPL-3.0 or commercially, " +
        "and this library will not accept a licence for you. Before rendering, your application calls either PdfSharp.PdfSharpLicense.SetAgplLicense() " +
        "(if it complies with the AGPL-3.0) or PdfSharp.PdfSharpLicense.LoadLicense(key) (with your PDFsharp commercial licence key).";

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
