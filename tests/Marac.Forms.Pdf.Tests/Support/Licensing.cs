namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>The test host's licence choice: these tests are part of an AGPL-compatible open-source project.</summary>
internal static class Licensing
{
    public static void Accept() => PdfSharp.PdfSharpLicense.SetAgplLicense();
}
