using System.IO.Compression;

namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// Compresses stream data for /FlateDecode as a complete zlib stream (RFC 1950): the two-byte
/// header, the deflate data and the Adler-32 checksum of the uncompressed bytes, which strict
/// readers check. The fastest level: files come out about a fifth larger than at the default
/// level, and compressing at the default level took longer than everything else the writer does.
/// </summary>
internal static class FlateEncoder
{
    public static void Compress(ReadOnlySpan<byte> data, PdfOutput target)
    {
        // CMF: deflate with a 32 KiB window; FLG: fastest level, check bits so that CMF*256+FLG is a multiple of 31.
        target.Write(0x78).Write(0x01);
        using (var deflate = new DeflateStream(new OutputStream(target), CompressionLevel.Fastest, leaveOpen: false))
        {
#if NET6_0_OR_GREATER
            deflate.Write(data);
#else
            byte[] copy = System.Buffers.ArrayPool<byte>.Shared.Rent(data.Length);
            data.CopyTo(copy);
            deflate.Write(copy, 0, data.Length);
            System.Buffers.ArrayPool<byte>.Shared.Return(copy);
#endif
        }

        uint checksum = Adler32.Compute(data);
        target.Write((byte)(checksum >> 24)).Write((byte)(checksum >> 16)).Write((byte)(checksum >> 8)).Write((byte)checksum);
    }
}
