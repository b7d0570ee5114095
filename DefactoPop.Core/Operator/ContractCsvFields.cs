using System.Globalization;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>Typed cells of the current row; each failure adds a file:line:column issue.</summary>
internal sealed partial class ContractCsv
{
    public void Fail(List<ImportIssue> issues, int position, string reason) =>
        issues.Add(new ImportIssue(FileName, Line, position + 1, ColumnName(position), reason));

    /// <summary>A non-negative integer count (digits only).</summary>
    public bool TryCount(int position, List<ImportIssue> issues, out long value)
    {
        var s = Field(position);
        value = 0;
        if (s.IsEmpty)
        {
            Fail(issues, position, "empty count (write 0 for none)");
            return false;
        }
        var digits = true;
        foreach (var c in s)
        {
            var d = (uint)(c - '0');
            if (d > 9 || value > long.MaxValue / 10 - 9)
            {
                digits = false;
                break;
            }
            value = value * 10 + d;
        }
        if (digits)
            return true;
        value = 0;
        var text = CellParser.Show(s);
        if (s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            Fail(issues, position, $"count {text} is too large");
            return false;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            Fail(issues, position, v < 0 ? $"negative count {text}" : $"non-integer count {text} (counts are whole devices)");
        else
            Fail(issues, position, $"not a count: '{text}'");
        return false;
    }

    /// <summary>A finite decimal number, optionally within [min, max].</summary>
    public bool TryNumber(int position, List<ImportIssue> issues, out double value, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        var text = FieldText(position).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            Fail(issues, position, text.Length == 0 ? "empty number" : $"not a number: '{CellParser.Show(Field(position))}'");
            return false;
        }
        if (value < min || value > max)
        {
            Fail(issues, position, $"{text} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }
        value += 0.0;
        return true;
    }

    /// <summary>A date written <paramref name="format"/> (yyyyMMdd or yyyy-MM-dd).</summary>
    public bool TryDate(int position, List<ImportIssue> issues, string format, out DateOnly value)
    {
        var text = FieldText(position).Trim();
        if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            return true;
        Fail(issues, position, $"bad date '{CellParser.Show(Field(position))}' (expected {format})");
        return false;
    }

    /// <summary>An ISO local date-time yyyy-MM-ddTHH:mm (seconds optional), KST, no offset.</summary>
    public bool TryLocalDateTime(int position, List<ImportIssue> issues, out DateTime value)
    {
        var text = FieldText(position).Trim();
        if (DateTime.TryParseExact(text, ContractFormat.LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            return true;
        Fail(issues, position, $"bad date-time '{CellParser.Show(Field(position))}' (expected yyyy-MM-ddTHH:mm, KST without offset)");
        return false;
    }
}
