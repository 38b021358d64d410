namespace Marac.Forms.Pdf;

/// <summary>
/// Password protection with AES-256 (PDF 2.0 standard security handler, revision 6). The user
/// password is needed to open the file; the owner password also allows changing it. Opened with
/// the user password, the file may be printed and its text copied (screen readers need that), but
/// not changed or annotated.
/// </summary>
public sealed class PdfEncryption
{
    /// <summary>Creates the settings.</summary>
    /// <param name="userPassword">Needed to open the document.</param>
    /// <param name="ownerPassword">Gives full rights; must differ from the user password.</param>
    /// <exception cref="ArgumentException">A password is empty, or both are the same.</exception>
    public PdfEncryption(string userPassword, string ownerPassword)
    {
        if (string.IsNullOrEmpty(userPassword))
        {
            throw new ArgumentException("The user password is empty.", nameof(userPassword));
        }

        if (string.IsNullOrEmpty(ownerPassword))
        {
            throw new ArgumentException("The owner password is empty.", nameof(ownerPassword));
        }

        if (string.Equals(userPassword, ownerPassword, StringComparison.Ordinal))
        {
            throw new ArgumentException("The owner password must differ from the user password; otherwise anyone who can open the document has full rights over it.", nameof(ownerPassword));
        }

        UserPassword = userPassword;
        OwnerPassword = ownerPassword;
    }

    /// <summary>The password needed to open the document.</summary>
    public string UserPassword { get; }

    /// <summary>The password that gives full rights.</summary>
    public string OwnerPassword { get; }

    /// <inheritdoc />
    public override string ToString() => "PdfEncryption { AES-256, passwords hidden }";
}
