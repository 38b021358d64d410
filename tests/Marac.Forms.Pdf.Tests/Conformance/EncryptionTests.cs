using Marac.Forms.Pdf.Tests.Fixtures;
using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Conformance;

/// <summary>Password protection (seed 002 section 4.1.7), checked with qpdf and pdftotext.</summary>
public sealed class EncryptionTests
{
    private const string UserPassword = "Larkspur-user-7";
    private const string OwnerPassword = "Larkspur-owner-9";

    private static readonly Lazy<RenderedPdf> Encrypted = new(() => RenderedPdf.Render(
        SampleDocuments.CompletedReferral(),
        new PdfRenderOptions { Encryption = new PdfEncryption(UserPassword, OwnerPassword) }));

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void The_file_is_encrypted_with_AES_256()
    {
        ToolResult shown = ExternalTool.Run("qpdf", "--show-encryption", "--password=" + UserPassword, Encrypted.Value.Path);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("R = 6", shown.Output, StringComparison.Ordinal);
        Assert.Contains("stream encryption method: AESv3", shown.Output, StringComparison.Ordinal);
        Assert.Contains("modify document assembly: not allowed", shown.Output, StringComparison.Ordinal);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void It_opens_only_with_a_password_and_then_checks_clean()
    {
        ToolResult without = ExternalTool.Run("qpdf", "--check", Encrypted.Value.Path);
        Assert.NotEqual(0, without.ExitCode);
        Assert.Contains("invalid password", without.Error + without.Output, StringComparison.Ordinal);

        ToolResult wrong = ExternalTool.Run("pdftotext", "-upw", "not-the-password", Encrypted.Value.Path, "-");
        Assert.NotEqual(0, wrong.ExitCode);

        foreach (string password in new[] { UserPassword, OwnerPassword })
        {
            ToolResult check = ExternalTool.Run("qpdf", "--check", "--password=" + password, Encrypted.Value.Path);
            Assert.True(check.ExitCode == 0, check.Output + check.Error);
            Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);
        }

        ToolResult text = ExternalTool.Run("pdftotext", "-upw", UserPassword, "-enc", "UTF-8", Encrypted.Value.Path, "-");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Wiśniewska-Łęcka", text.Output, StringComparison.Ordinal);
    }

    [ConformanceFact(PdfTools.PdfToText, PdfTools.PdfInfo, PdfTools.Qpdf)]
    public void Personal_data_is_not_readable_in_the_file_bytes()
    {
        string raw = System.Text.Encoding.Latin1.GetString(Encrypted.Value.Bytes);
        Assert.DoesNotContain("MARAC referral", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Westbrook", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owner_password_must_differ_from_the_user_password()
    {
        var error = Assert.Throws<ArgumentException>(() => new PdfEncryption("same", "same"));
        Assert.Contains("must differ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("same", new PdfEncryption("a", "b").ToString(), StringComparison.Ordinal);
    }
}
