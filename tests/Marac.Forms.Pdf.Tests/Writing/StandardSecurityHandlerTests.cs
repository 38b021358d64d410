using System.Security.Cryptography;
using Marac.Forms.Pdf.Writing;

namespace Marac.Forms.Pdf.Tests.Writing;

public sealed class StandardSecurityHandlerTests
{
    /// <summary>
    /// The handler encrypts every string and stream of a file with one running CBC encryptor; each must still
    /// decrypt on its own, as a reader decrypts it: AES-256-CBC under the file key from the vector in its first
    /// 16 bytes, PKCS #7 padding. Lengths cover empty, short, block-sized and long inputs, and more strings than one
    /// draw of random vectors holds.
    /// </summary>
    [Fact]
    public void Each_encrypted_string_decrypts_alone_with_its_own_vector()
    {
        using var handler = StandardSecurityHandler.Create("Larkspur-user-7", "Larkspur-owner-9");
        var random = new Random(2026);
        int[] lengths = [0, 1, 15, 16, 17, 31, 32, 1000, 65_536 + 3];
        var plains = Enumerable.Range(0, 150).Select(i =>
        {
            var bytes = new byte[lengths[i % lengths.Length]];
            random.NextBytes(bytes);
            return bytes;
        }).ToList();

        var encrypted = plains.Select(p => handler.Encrypt(p)).ToList();

        using var aes = Aes.Create();
        aes.Key = handler.FileKey;
        var vectors = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < plains.Count; i++)
        {
            byte[] vector = encrypted[i].AsSpan(0, 16).ToArray();
            Assert.True(vectors.Add(Convert.ToHexString(vector)), "A vector was used twice.");
            Assert.Equal(16 + (((plains[i].Length / 16) + 1) * 16), encrypted[i].Length);
            byte[] decrypted = aes.DecryptCbc(encrypted[i].AsSpan(16), vector, PaddingMode.PKCS7);
            Assert.Equal(plains[i], decrypted);
        }
    }
}
