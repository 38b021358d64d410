using PdfSharp;

namespace Marac.Forms.Cli.Rendering;

/// <summary>
/// The CLI is an application, so it may choose PDFsharp's licence: a commercial key when one is given
/// (option or environment variable), otherwise the AGPL-3.0, which it says once.
/// </summary>
internal static class PdfLicenceChoice
{
    internal const string KeyVariable = "MARAC_PDFSHARP_LICENCE_KEY";

    private static readonly object Gate = new();

    internal static void Apply(string? keyOption, TextWriter output)
    {
        lock (Gate)
        {
            var key = string.IsNullOrWhiteSpace(keyOption) ? Environment.GetEnvironmentVariable(KeyVariable) : keyOption;
            if (!string.IsNullOrWhiteSpace(key))
            {
                PdfSharpLicense.LoadLicense(key!.Trim());
                output.WriteLine("PDF output: using PDFsharp under your commercial licence key.");
                return;
            }

            PdfSharpLicense.SetAgplLicense();
            output.WriteLine($"PDF output: marac-forms uses PDFsharp under the AGPL-3.0. To use a PDFsharp commercial licence instead, pass --pdfsharp-licence-key or set {KeyVariable}.");
        }
    }
}
