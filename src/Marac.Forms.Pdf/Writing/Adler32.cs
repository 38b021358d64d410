namespace Marac.Forms.Pdf.Writing;

/// <summary>The Adler-32 checksum that ends a zlib stream (RFC 1950).</summary>
internal static class Adler32
{
    private const uint Modulus = 65521;

    // The largest number of bytes whose sums cannot overflow 32 bits before the modulus is taken.
    private const int Block = 5552;

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint a = 1;
        uint b = 0;
        while (data.Length > 0)
        {
            int length = Math.Min(Block, data.Length);
            foreach (byte value in data.Slice(0, length))
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data.Slice(length);
        }

        return (b << 16) | a;
    }
}
