using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Publication;

/// <summary>
/// Writes rows in an official layout: official header, date YYYYMMDD, hour "00"-"23",
/// values "0.####" (invariant), masked cells as "*". Round-trips through <see cref="LivingPopulationReader"/>.
/// </summary>
public sealed class LivingPopulationWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private const int MaxRowBytes = 4096;

    /// <summary>Largest value written (Seoul has about 10 million people); keeps every row within the buffer.</summary>
    public const double MaxValue = 1e12;

    /// <summary>Headers of the interval columns (<see cref="LivingPopulationWriterOptions.IntervalColumns"/>).</summary>
    public const string LowerColumn = "90%구간하한";
    public const string UpperColumn = "90%구간상한";

    /// <summary>Header of the marker of figures imputed for a cell outage ("Y"), written with the interval columns.</summary>
    public const string ImputedColumn = "보정여부";

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly LivingPopulationWriterOptions _options;
    private readonly byte[] _newLine;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private bool _disposed;

    static LivingPopulationWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public LivingPopulationWriter(Stream stream, FileLayout layout, LivingPopulationWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layout);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _options = options ?? LivingPopulationWriterOptions.Official;
        if (_options.NewLine is not ("\r\n" or "\n"))
            throw new ArgumentException("NewLine must be \"\\r\\n\" or \"\\n\".", nameof(options));
        Layout = layout;
        _newLine = Encoding.ASCII.GetBytes(_options.NewLine);
        WriteHeader();
    }

    public FileLayout Layout { get; }

    public long RowsWritten { get; private set; }

    public static LivingPopulationWriter Create(string path, FileLayout layout, LivingPopulationWriterOptions? options = null) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1), layout, options);

    /// <summary>Writes a whole file in one call.</summary>
    public static long WriteFile(string path, FileLayout layout, IEnumerable<PopulationRow> rows, LivingPopulationWriterOptions? options = null)
    {
        using var writer = Create(path, layout, options);
        writer.WriteAll(rows);
        return writer.RowsWritten;
    }

    public void WriteAll(IEnumerable<PopulationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
            Write(row);
    }

    /// <summary>Writes one row; throws <see cref="ArgumentException"/> when it does not fit the layout.</summary>
    public void Write(PopulationRow row) => Write(row, null);

    /// <summary>
    /// Writes one row with the 90 % bounds of its total when the options ask for interval columns; they are left empty when
    /// the row has none or its total is masked (bounds would reveal a suppressed cell). <paramref name="imputed"/> marks a
    /// figure imputed for a cell outage ("Y" in <see cref="ImputedColumn"/>).
    /// </summary>
    public void Write(PopulationRow row, (double Lower, double Upper)? interval, bool imputed = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Check(row);
        if (_options.Disclosure is { } disclosure)
            row = DisclosureControl.Apply(row, disclosure);
        if (_used + MaxRowBytes > _buffer.Length)
            FlushBuffer();

        var span = _buffer.AsSpan(_used);
        var n = 0;
        n += Cell(span[n..], row.Slot.Date, "yyyyMMdd");
        span[n++] = (byte)',';
        n += Cell(span[n..], row.Slot.Hour, "00");
        span[n++] = (byte)',';
        if (row.Level == ZoneLevel.Oa)
        {
            n += Text(span[n..], row.ParentCode!);
            span[n++] = (byte)',';
        }
        n += Text(span[n..], row.ZoneCode);
        span[n++] = (byte)',';
        n += Value(span[n..], row.Total);
        if (Layout.HasStrata)
        {
            foreach (var v in row.Strata!)
            {
                span[n++] = (byte)',';
                n += Value(span[n..], v);
            }
        }
        else if (Layout.IsForeign)
        {
            span[n++] = (byte)',';
            n += Value(span[n..], row.Chinese!.Value);
            span[n++] = (byte)',';
            n += Value(span[n..], row.OtherForeign!.Value);
        }
        if (_options.IntervalColumns)
        {
            var shown = interval is { } b && !row.Total.IsMasked ? b : ((double, double)?)null;
            span[n++] = (byte)',';
            if (shown is { } lo)
                n += Value(span[n..], PopValue.Of(lo.Item1));
            span[n++] = (byte)',';
            if (shown is { } hi)
                n += Value(span[n..], PopValue.Of(hi.Item2));
            span[n++] = (byte)',';
            if (imputed)
                span[n++] = (byte)'Y';
        }
        _newLine.CopyTo(span[n..]);
        n += _newLine.Length;
        _used += n;
        RowsWritten++;
    }

    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        Flush();
        _disposed = true;
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private void WriteHeader()
    {
        var encoding = _options.Encoding == OutputEncoding.Utf8 ? new UTF8Encoding(false) : Encoding.GetEncoding(949);
        var q = _options.Quote ? "\"" : "";
        IReadOnlyList<string> columns = _options.IntervalColumns ? [.. Layout.Columns, LowerColumn, UpperColumn, ImputedColumn] : Layout.Columns;
        var header = string.Join(",", columns.Select(c => q + c + q)) + _options.NewLine;
        if (_options.Bom)
            _stream.Write("\uFEFF"u8);
        _stream.Write(encoding.GetBytes(header));
    }

    private void Check(PopulationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Level != Layout.Level || row.Class != Layout.Class)
            throw new ArgumentException($"A {row.Level} {row.Class} row does not fit the layout {Layout.Describe()}.", nameof(row));
        if (!ZoneCodes.IsValid(row.Level, row.ZoneCode))
            throw new ArgumentException($"'{row.ZoneCode}' is not a {row.Level} code.", nameof(row));
        if (row.Level == ZoneLevel.Oa && (row.ParentCode is null || !ZoneCodes.IsDong(row.ParentCode)))
            throw new ArgumentException($"집계구 row {row.ZoneCode} needs an 8-digit 행정동 ParentCode.", nameof(row));
        CheckValue(row.Total, row);
        if (Layout.HasStrata)
        {
            if (row.Strata is not { Length: Strata.Count })
                throw new ArgumentException($"Layout {Layout.Describe()} needs 28 strata on row {row.ZoneCode} {row.Slot}.", nameof(row));
            foreach (var v in row.Strata)
                CheckValue(v, row);
        }
        else if (Layout.IsForeign)
        {
            if (row.Chinese is not { } c || row.OtherForeign is not { } o)
                throw new ArgumentException($"Layout {Layout.Describe()} needs Chinese and OtherForeign on row {row.ZoneCode} {row.Slot}.", nameof(row));
            CheckValue(c, row);
            CheckValue(o, row);
        }
    }

    private static void CheckValue(PopValue v, PopulationRow row)
    {
        if (v.HasValue && (v.Value < 0 || !double.IsFinite(v.Value) || v.Value > MaxValue))
            throw new ArgumentException($"Value {v.Value} on row {row.ZoneCode} {row.Slot} is not a plausible count.", nameof(row));
    }

    private int Cell<T>(Span<byte> span, T value, string format) where T : IUtf8SpanFormattable
    {
        var q = _options.Quote ? 1 : 0;
        if (q == 1)
            span[0] = (byte)'"';
        if (!value.TryFormat(span[q..], out var written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"Could not format {value}.");
        if (q == 1)
            span[q + written] = (byte)'"';
        return written + 2 * q;
    }

    private int Text(Span<byte> span, string ascii)
    {
        var q = _options.Quote ? 1 : 0;
        if (q == 1)
            span[0] = (byte)'"';
        var written = Encoding.ASCII.GetBytes(ascii, span[q..]);
        if (q == 1)
            span[q + written] = (byte)'"';
        return written + 2 * q;
    }

    private int Value(Span<byte> span, PopValue v)
    {
        if (v.IsMasked)
            return Text(span, "*");
        // Round first so values that differ below 0.00005 all print the same way, and -0 never appears.
        var rounded = Math.Round(v.Value, 4, MidpointRounding.AwayFromZero) + 0.0;
        return Cell(span, rounded, "0.####");
    }

    private void FlushBuffer()
    {
        if (_used == 0)
            return;
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
