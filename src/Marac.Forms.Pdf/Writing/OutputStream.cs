namespace Marac.Forms.Pdf.Writing;

/// <summary>A write-only stream that appends to a <see cref="PdfOutput"/>, for the compressor.</summary>
internal sealed class OutputStream : Stream
{
    private readonly PdfOutput _output;

    public OutputStream(PdfOutput output) => _output = output;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _output.Length;

    public override long Position
    {
        get => _output.Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => _output.Write(new ReadOnlySpan<byte>(buffer, offset, count));

#if NET6_0_OR_GREATER
    public override void Write(ReadOnlySpan<byte> buffer) => _output.Write(buffer);
#endif

    public override void WriteByte(byte value) => _output.Write(value);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
