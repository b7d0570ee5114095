using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace DefactoPop.Web.Exports;

/// <summary>Writes tables as CSV (UTF-8 with BOM, for Excel) and XLSX.</summary>
public static class TableExport
{
    public static byte[] ToCsv(ExportTable table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Headers.Select(Quote)).Append("\r\n");
        foreach (var row in table.Rows)
            sb.AppendJoin(',', row.Select(v => Quote(Format(v)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] ToXlsx(ExportTable table)
    {
        var rows = table.Rows.Select(r =>
        {
            IDictionary<string, object?> d = new Dictionary<string, object?>();
            for (var i = 0; i < table.Headers.Count; i++)
                d[table.Headers[i]] = i < r.Length ? r[i] : null;
            return d;
        }).ToList();
        using var ms = new MemoryStream();
        if (rows.Count == 0)
            rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)null));
        ms.SaveAs(rows, sheetName: SheetName(table.Name));
        return ms.ToArray();
    }

    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length == 0 ? "data" : clean[..Math.Min(31, clean.Length)];
    }

    private static string Format(object? v) => v switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
