using System.Security.Cryptography;

namespace DefactoPop.Web.Data.Import;

/// <summary>
/// A read-only stream wrapper that reports the fraction read and, with <paramref name="hash"/>, hashes the bytes as they
/// pass (the file is read once for both).
/// </summary>
public sealed class ProgressStream(Stream inner, IProgress<double>? progress, IncrementalHash? hash = null) : Stream
{
    private long _lastReported;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        hash?.AppendData(buffer, offset, read);
        return Report(read);
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        hash?.AppendData(buffer[..read]);
        return Report(read);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        hash?.AppendData(buffer.Span[..read]);
        return Report(read);
    }

    /// <summary>Reads what the consumer left (so a hash covers the whole file).</summary>
    public void Drain()
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        hash is null ? inner.Seek(offset, origin) : throw new NotSupportedException("A hashing stream is read once, in order.");
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
