using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// The standard security handler at revision 6 (ISO 32000-2, 7.6.4): AES-256 with a random file
/// key, wrapped once for the user password and once for the owner password (algorithms 8 and 9,
/// with the iterated hash of algorithm 2.B), and the permissions sealed in /Perms (algorithm 10).
/// Then every string and stream is encrypted with AES-256 in CBC mode under the file key, each with
/// a fresh random initialisation vector.
/// </summary>
internal sealed class StandardSecurityHandler : IDisposable
{
    /// <summary>
    /// Permissions for the user password (table 22; bit 1 is the lowest): printing (3) at full
    /// quality (12), copying text (5) and extraction for accessibility (10) allowed; changing the
    /// document (4), annotating (6), filling forms (9) and assembling (11) not. Bits 7, 8 and 13-32
    /// must be 1.
    /// </summary>
    public const int Permissions = unchecked((int)0xFFFFFAD4);

    private const int BlockSize = 16;

    private const int VectorsPerDraw = 64;

    private readonly Aes _aes;

    // One CBC encryptor serves every string and stream of the file: making a cipher for each of them
    // cost more than encrypting their bytes.
    private readonly ICryptoTransform _cbc;

    // The last cipher block _cbc wrote, which it chains the next block from.
    private readonly byte[] _chain = new byte[BlockSize];

    private readonly byte[] _vectors = new byte[BlockSize * VectorsPerDraw];
    private int _vectorsUsed = VectorsPerDraw;

    private StandardSecurityHandler(byte[] fileKey, byte[] owner, byte[] user, byte[] ownerKey, byte[] userKey, byte[] perms)
    {
        FileKey = fileKey;
        O = owner;
        U = user;
        OE = ownerKey;
        UE = userKey;
        Perms = perms;
        _aes = Aes.Create();
        _aes.Mode = CipherMode.CBC;
        _aes.Padding = PaddingMode.None;
        _cbc = _aes.CreateEncryptor(fileKey, _chain);
    }

    public byte[] FileKey { get; }

    public byte[] O { get; }

    public byte[] U { get; }

    public byte[] OE { get; }

    public byte[] UE { get; }

    public byte[] Perms { get; }

    public static StandardSecurityHandler Create(string userPassword, string ownerPassword)
    {
        byte[] fileKey = RandomBytes(32);
        byte[] user = PreparePassword(userPassword);
        byte[] owner = PreparePassword(ownerPassword);

        byte[] userSalts = RandomBytes(16);
        byte[] u = Concat(Hash(user, userSalts.AsSpan(0, 8), []), userSalts);
        byte[] ue = WrapKey(Hash(user, userSalts.AsSpan(8, 8), []), fileKey);

        byte[] ownerSalts = RandomBytes(16);
        byte[] o = Concat(Hash(owner, ownerSalts.AsSpan(0, 8), u), ownerSalts);
        byte[] oe = WrapKey(Hash(owner, ownerSalts.AsSpan(8, 8), u), fileKey);

        var perms = new byte[16];
        BitConverterLittleEndian(Permissions, perms);
        perms[4] = perms[5] = perms[6] = perms[7] = 0xFF;
        perms[8] = (byte)'T';
        perms[9] = (byte)'a';
        perms[10] = (byte)'d';
        perms[11] = (byte)'b';
        RandomBytes(4).CopyTo(perms, 12);
        using (Aes ecb = Aes.Create())
        {
            ecb.Key = fileKey;
            ecb.Mode = CipherMode.ECB;
            ecb.Padding = PaddingMode.None;
            using ICryptoTransform encryptor = ecb.CreateEncryptor();
            perms = encryptor.TransformFinalBlock(perms, 0, 16);
        }

        return new StandardSecurityHandler(fileKey, o, u, oe, ue, perms);
    }

    /// <summary>Encrypts a string's or stream's bytes: a random 16-byte initialisation vector, then the AES-256-CBC cipher text with PKCS #7 padding.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plain)
    {
        int padded = ((plain.Length / BlockSize) + 1) * BlockSize;
        var result = new byte[BlockSize + padded];
        NextVector(result);
        byte[] input = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            plain.CopyTo(input);
            byte pad = (byte)(padded - plain.Length);
            for (int i = plain.Length; i < padded; i++)
            {
                input[i] = pad;
            }

            // The encryptor chains the first block from the last one it wrote (C); XORing that block
            // with C and with this string's vector (V) beforehand gives E(P XOR V), as if the
            // encryptor had started afresh from V.
            for (int i = 0; i < BlockSize; i++)
            {
                input[i] ^= (byte)(result[i] ^ _chain[i]);
            }

            int written = _cbc.TransformBlock(input, 0, padded, result, BlockSize);
            if (written != padded)
            {
                throw new InvalidOperationException("AES-CBC encrypted " + written + " of " + padded + " bytes; this is a defect in Marac.Forms.Pdf.");
            }

            Buffer.BlockCopy(result, result.Length - BlockSize, _chain, 0, BlockSize);
            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    public void Dispose()
    {
        _cbc.Dispose();
        _aes.Dispose();
    }

    /// <summary>Algorithm 2.B: the hash a password, a salt and (for the owner) the /U string go through.</summary>
    internal static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, byte[] userKey)
    {
        byte[] k;
        using (var sha256 = SHA256.Create())
        {
            k = sha256.ComputeHash(Concat(password, salt.ToArray(), userKey));
        }

        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.None;
        int unit = password.Length + 64 + userKey.Length;
        var k1 = new byte[unit * 64];
        var e = new byte[unit * 64];
        var key = new byte[16];
        var iv = new byte[16];
        int eLength = 0;
#if !NET6_0_OR_GREATER
        using var sha256Round = SHA256.Create();
        using var sha384 = SHA384.Create();
        using var sha512 = SHA512.Create();
#endif
        var next = new byte[64];
        int kLength = k.Length;
        Buffer.BlockCopy(k, 0, next, 0, kLength);
        for (int round = 0; round < 64 || e[eLength - 1] > round - 32; round++)
        {
            int block = password.Length + kLength + userKey.Length;
            for (int r = 0; r < 64; r++)
            {
                int at = r * block;
                Buffer.BlockCopy(password, 0, k1, at, password.Length);
                Buffer.BlockCopy(next, 0, k1, at + password.Length, kLength);
                Buffer.BlockCopy(userKey, 0, k1, at + password.Length + kLength, userKey.Length);
            }

            eLength = block * 64;
            Buffer.BlockCopy(next, 0, key, 0, 16);
            Buffer.BlockCopy(next, 16, iv, 0, 16);
            aes.Key = key;
#if NET6_0_OR_GREATER
            aes.EncryptCbc(k1.AsSpan(0, eLength), iv, e, PaddingMode.None);
#else
            aes.IV = iv;
            using (ICryptoTransform encryptor = aes.CreateEncryptor())
            {
                encryptor.TransformBlock(k1, 0, eLength, e, 0);
            }
#endif
            int sum = 0;
            for (int i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            ReadOnlySpan<byte> input = e.AsSpan(0, eLength);
#if NET6_0_OR_GREATER
            kLength = (sum % 3) switch
            {
                0 => SHA256.HashData(input, next),
                1 => SHA384.HashData(input, next),
                _ => SHA512.HashData(input, next),
            };
#else
            byte[] hashed = (sum % 3) switch
            {
                0 => sha256Round.ComputeHash(e, 0, eLength),
                1 => sha384.ComputeHash(e, 0, eLength),
                _ => sha512.ComputeHash(e, 0, eLength),
            };
            Buffer.BlockCopy(hashed, 0, next, 0, hashed.Length);
            kLength = hashed.Length;
#endif
        }

        var result = new byte[32];
        Buffer.BlockCopy(next, 0, result, 0, 32);
        return result;
    }

    /// <summary>SASLprep-style preparation as revision 6 asks: compatibility-normalised (NFKC) UTF-8, at most 127 bytes.</summary>
    internal static byte[] PreparePassword(string password)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
        if (utf8.Length <= 127)
        {
            return utf8;
        }

        var truncated = new byte[127];
        Buffer.BlockCopy(utf8, 0, truncated, 0, 127);
        return truncated;
    }

    private static byte[] WrapKey(byte[] key, byte[] fileKey)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.None;
        aes.IV = new byte[16];
        using ICryptoTransform encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(fileKey, 0, fileKey.Length);
    }

    private static readonly RandomNumberGenerator Random = RandomNumberGenerator.Create();

    /// <summary>Writes a fresh random initialisation vector at the start of <paramref name="into"/>, from random bytes drawn 64 vectors at a time.</summary>
    private void NextVector(byte[] into)
    {
        if (_vectorsUsed == VectorsPerDraw)
        {
            Random.GetBytes(_vectors);
            _vectorsUsed = 0;
        }

        Buffer.BlockCopy(_vectors, _vectorsUsed * BlockSize, into, 0, BlockSize);
        _vectorsUsed++;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.GetBytes(bytes);
        return bytes;
    }

    private static void BitConverterLittleEndian(int value, byte[] into)
    {
        into[0] = (byte)value;
        into[1] = (byte)(value >> 8);
        into[2] = (byte)(value >> 16);
        into[3] = (byte)(value >> 24);
    }

    private static byte[] Concat(params byte[][] parts)
    {
        int length = 0;
        foreach (byte[] part in parts)
        {
            length += part.Length;
        }

        var result = new byte[length];
        int at = 0;
        foreach (byte[] part in parts)
        {
            Buffer.BlockCopy(part, 0, result, at, part.Length);
            at += part.Length;
        }

        return result;
    }
}
