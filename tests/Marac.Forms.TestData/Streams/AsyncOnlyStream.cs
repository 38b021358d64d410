namespace Marac.Forms.TestData.Streams;

/// <summary>
/// A stream that behaves as an ASP.NET Core request or response body does by default: not seekable, and any
/// synchronous read or write throws. Wraps a memory buffer so tests can supply input or inspect output.
/// </summary>
public sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream inner;

    /// <summary>A stream to write into; <see cref="Written"/> holds what arrived.</summary>
    public AsyncOnlyStream()
        : this(Array.Empty<byte>())
    {
    }

    /// <summary>A stream to read <paramref name="content"/> from.</summary>
    public AsyncOnlyStream(byte[] content)
    {
        inner = new MemoryStream();
        inner.Write(content, 0, content.Length);
        inner.Position = 0;
    }

    /// <summary>Everything written so far.</summary>
    public byte[] Written => inner.ToArray();

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException("The stream cannot seek.");

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException("The stream cannot seek.");
        set => throw new NotSupportedException("The stream cannot seek.");
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw SynchronousRefused();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw SynchronousRefused();

    /// <inheritdoc />
    public override void Flush() => throw SynchronousRefused();

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(inner.Read(buffer, offset, count));

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(inner.Read(buffer.Span));

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The stream cannot seek.");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("The stream cannot seek.");

    private static InvalidOperationException SynchronousRefused() =>
        new("Synchronous operations are disallowed. Call ReadAsync or WriteAsync instead.");
}
