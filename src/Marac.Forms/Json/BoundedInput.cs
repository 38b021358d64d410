namespace Marac.Forms.Json;

/// <summary>
/// Reads a stream to its end into one buffer that never grows past a limit: the input is refused as soon as it
/// passes the limit, however long the stream is, so memory stays bounded. The buffer starts at the stream's length
/// when it is known and doubles otherwise, so a typical file is read without copying.
/// </summary>
internal static class BoundedInput
{
    private const int FirstChunk = 64 * 1024;

    internal static ReadOnlyMemory<byte> ReadAll(Stream input, int limit, Func<Exception> tooLarge)
    {
        var buffer = new byte[FirstSize(input, limit, tooLarge)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, limit, tooLarge);
            }

            var read = input.Read(buffer, length, buffer.Length - length);
            if (read <= 0)
            {
                return new ReadOnlyMemory<byte>(buffer, 0, length);
            }

            length += read;
        }
    }

    internal static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream input, int limit, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        var buffer = new byte[FirstSize(input, limit, tooLarge)];
        var length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, limit, tooLarge);
            }

            var read = await input.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
            if (read <= 0)
            {
                return new ReadOnlyMemory<byte>(buffer, 0, length);
            }

            length += read;
        }
    }

    /// <summary>One byte more than a seekable stream's remaining length, so its end is seen without growing.</summary>
    private static int FirstSize(Stream input, int limit, Func<Exception> tooLarge)
    {
        if (!input.CanSeek)
        {
            return Math.Min(FirstChunk, limit + 1);
        }

        var remaining = Math.Max(0, input.Length - input.Position);
        if (remaining > limit)
        {
            throw tooLarge();
        }

        return (int)remaining + 1;
    }

    /// <summary>A buffer twice as large, at most one byte past the limit; a full buffer of that size means the input is too large.</summary>
    private static byte[] Grow(byte[] buffer, int limit, Func<Exception> tooLarge)
    {
        if (buffer.Length > limit)
        {
            throw tooLarge();
        }

        var larger = new byte[(int)Math.Min((long)limit + 1, Math.Max(FirstChunk, (long)buffer.Length * 2))];
        Buffer.BlockCopy(buffer, 0, larger, 0, buffer.Length);
        return larger;
    }
}
