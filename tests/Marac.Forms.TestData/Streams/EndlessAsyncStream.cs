namespace Marac.Forms.TestData.Streams;

/// <summary>
/// A request body that never ends: not seekable, refuses synchronous reads, and gives the same byte for as long as
/// it is read. Counts what was read, so a test can show a reader stopped at its limit instead of reading for ever.
/// </summary>
public sealed class EndlessAsyncStream : Stream
{
    private readonly byte fill;

    /// <summary>A stream of <paramref name="fill"/> bytes without end.</summary>
    public EndlessAsyncStream(byte fill) => this.fill = fill;

    /// <summary>How many bytes have been read.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException("The stream cannot seek.");

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException("The stream cannot seek.");
        set => throw new NotSupportedException("The stream cannot seek.");
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) =>
        throw new InvalidOperationException("Synchronous operations are disallowed. Call ReadAsync instead.");

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        buffer.Span.Fill(fill);
        BytesRead += buffer.Length;
        return ValueTask.FromResult(buffer.Length);
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The stream cannot seek.");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("The stream cannot seek.");
}
