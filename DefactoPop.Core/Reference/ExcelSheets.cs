using System.Globalization;
using System.Text;
using DefactoPop.Core.Import;
using ExcelDataReader;

namespace DefactoPop.Core.Reference;

/// <summary>Reads one sheet of an xlsx/xls workbook into raw rows (row i is Excel row i + 1).</summary>
internal static class ExcelSheets
{
    static ExcelSheets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static List<object?[]> ReadSheet(string path, string sheetName)
    {
        using var stream = File.OpenRead(path);
        return ReadSheet(stream, Path.GetFileName(path), sheetName);
    }

    public static List<object?[]> ReadSheet(Stream stream, string fileName, string sheetName)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ImportFormatException(new ImportIssue(fileName, 0, 0, null, "not a readable Excel workbook: " + ex.Message));
        }

        using (reader)
        {
            var names = new List<string>();
            do
            {
                names.Add(reader.Name);
                if (reader.Name.Trim() != sheetName)
                    continue;
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                        row[i] = reader.GetValue(i);
                    rows.Add(row);
                }
                return rows;
            }
            while (reader.NextResult());

            throw new ImportFormatException(new ImportIssue(fileName, 0, 0, null,
                $"sheet '{sheetName}' not found (sheets: {string.Join(", ", names.Select(n => $"'{n}'"))})"));
        }
    }

    /// <summary>The text of a cell: trimmed strings, integral numbers without decimals, null for empty.</summary>
    public static string? Text(object?[] row, int column)
    {
        if (column < 0 || column >= row.Length)
            return null;
        var text = row[column] switch
        {
            null or DBNull => null,
            string s => s.Trim(),
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var o => o.ToString()?.Trim(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A cell as a number: numeric cells directly, text with optional thousands separators parsed invariantly.</summary>
    public static double? Number(object?[] row, int column)
    {
        if (column < 0 || column >= row.Length)
            return null;
        return row[column] switch
        {
            null or DBNull => null,
            double d => d,
            int i => i,
            long l => l,
            decimal m => (double)m,
            string s when double.TryParse(s.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
            _ => null,
        };
    }

    public static bool IsEmpty(object?[] row) => row.All(c => c is null or DBNull || (c is string s && s.Trim().Length == 0));

    /// <summary>Excel column letters of a 1-based column (1 = A, 27 = AA).</summary>
    public static string Letters(int column)
    {
        var s = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
            s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
