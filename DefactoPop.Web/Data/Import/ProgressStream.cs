namespace DefactoPop.Web.Data.Import;

/// <summary>A read-only stream wrapper that reports the fraction read.</summary>
public sealed class ProgressStream(Stream inner, IProgress<double>? progress) : Stream
{
    private long _lastReported;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Report(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Report(await inner.ReadAsync(buffer, cancellationToken));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private int Report(int read)
    {
        if (progress is not null && inner.CanSeek && inner.Length > 0 && inner.Position - _lastReported > (1 << 20))
        {
            _lastReported = inner.Position;
            progress.Report((double)inner.Position / inner.Length);
        }
        return read;
    }
}
