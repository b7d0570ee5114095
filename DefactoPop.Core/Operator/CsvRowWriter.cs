using System.Text;

namespace DefactoPop.Core.Operator;

/// <summary>Builds a UTF-8 CSV in memory (LF line ends, no BOM); text cells are quoted only when they need it.</summary>
internal sealed class CsvRowWriter
{
    private readonly MemoryStream _out = new(1 << 16);
    private readonly byte[] _scratch = new byte[64];
    private bool _lineStarted;

    public long Rows { get; private set; }

    public CsvRowWriter(IEnumerable<string> header)
    {
        foreach (var name in header)
            Text(name);
        _out.WriteByte((byte)'\n');
        _lineStarted = false;
    }

    public CsvRowWriter Int(long value)
    {
        Separator();
        value.TryFormat(_scratch, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        _out.Write(_scratch, 0, n);
        return this;
    }

    public CsvRowWriter Number(double value)
    {
        Separator();
        value.TryFormat(_scratch, out var n, "R", System.Globalization.CultureInfo.InvariantCulture);
        _out.Write(_scratch, 0, n);
        return this;
    }

    public CsvRowWriter Text(string value)
    {
        Separator();
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            value = "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        _out.Write(Encoding.UTF8.GetBytes(value));
        return this;
    }

    public void EndRow()
    {
        _out.WriteByte((byte)'\n');
        _lineStarted = false;
        Rows++;
    }

    public byte[] ToArray() => _out.ToArray();

    private void Separator()
    {
        if (_lineStarted)
            _out.WriteByte((byte)',');
        _lineStarted = true;
    }
}
