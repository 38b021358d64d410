using PdfSharp;

namespace Marac.Forms.Pdf;

/// <summary>
/// The host application's choice of licence for PDFsharp, which this package uses to write PDF.
/// PDFsharp 6.5 is licensed under the GNU AGPL-3.0 or under a commercial licence from empira.
/// Marac.Forms.Pdf never accepts a licence on your behalf: before the first rendering, your
/// application calls exactly one of <see cref="UseAgpl"/> or <see cref="UseLicenseKey"/>.
/// Until then <see cref="PdfRenderer"/> refuses to render.
/// </summary>
public static class PdfLicensing
{
    private static volatile bool _configured;

    /// <summary>True once the host has chosen a licence in this process.</summary>
    public static bool IsConfigured => _configured;

    /// <summary>
    /// Uses PDFsharp under the GNU AGPL-3.0. Call this only if your application complies with the
    /// AGPL-3.0 (among other things, offering its complete source code to its users, including
    /// users over a network).
    /// </summary>
    public static void UseAgpl()
    {
        PdfSharpLicense.SetAgplLicense();
        _configured = true;
    }

    /// <summary>Uses PDFsharp under a commercial licence, given the licence key empira issued to you.</summary>
    /// <param name="licenseKey">The licence key (base64 text).</param>
    public static void UseLicenseKey(string licenseKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseKey);
        PdfSharpLicense.LoadLicense(licenseKey);
        _configured = true;
    }

    internal static void EnsureConfigured()
    {
        if (!_configured)
        {
            throw new InvalidOperationException(
                "No licence has been chosen for PDFsharp, which Marac.Forms.Pdf uses to write PDF. PDFsharp is licensed under the AGPL-3.0 or commercially, " +
                "and this library will not accept a licence for you. Before rendering, call either PdfLicensing.UseAgpl() " +
                "(if your application complies with the AGPL-3.0) or PdfLicensing.UseLicenseKey(key) (with your PDFsharp commercial licence key).");
        }
    }

    internal static void ForgetForTests() => _configured = false;
}
