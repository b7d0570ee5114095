using System.Globalization;
using System.Text;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Reference;

namespace DefactoPop.Core.Import.Layers;

/// <summary>
/// Reads the auxiliary point layers — 그늘막, 무더위쉼터 (the 2026 and 2023 schemas), 버스정류소 and AWS stations — from CSV
/// (UTF-8 with or without BOM, or cp949; quoted or not) or xlsx. Columns are found by name and meaning, not position,
/// so other years' editions load too; the kind is told by the columns. Coordinates: longitude/latitude columns, or X/Y
/// that are degrees, or projected metres in the system the header names (EPSG:5186) or, unnamed, the one that places the
/// points in Seoul (<see cref="CrsGuess"/>). A literal '?' standing for a middle dot is restored; 99991231 means open-ended.
/// </summary>
public static class PointLayerReader
{
    private static readonly string[] s_name = ["설치장소명", "쉼터명칭", "정류소명", "관측소명", "시설명"];
    private static readonly string[] s_id = ["시설번호", "NODE_ID", "고유번호", "연번", "관측코드"];
    private static readonly string[] s_lon = ["경도", "lon", "longitude"];
    private static readonly string[] s_lat = ["위도", "lat", "latitude"];
    private static readonly string[] s_x = ["X좌표", "X 좌표", "X좌표(EPSG:5186)", "x"];
    private static readonly string[] s_y = ["Y좌표", "Y 좌표", "Y좌표(EPSG:5186)", "y"];
    private static readonly string[] s_category = ["종류", "시설구분2", "시설유형", "정류소타입", "시설구분1"];
    private static readonly string[] s_dong = ["위치코드", "지역코드", "행정동코드"];
    private static readonly string[] s_since = ["설치일시", "운영시작일", "설치일"];
    private static readonly string[] s_until = ["운영종료일"];
    private static readonly string[] s_capacity = ["이용가능인원"];
    private static readonly string[] s_value = ["평균기온", "기온"];
    private static readonly string[] s_address = ["도로명주소", "주소", "지번주소"];

    /// <summary>The kind of layer a file holds, from its header alone; null when it is not a point layer.</summary>
    public static PointLayerKind? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IReadOnlyList<string> header;
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var rows = ExcelSheets.ReadSheet(path, "Data");
                header = rows.Count == 0 ? [] : [.. rows[0].Select(c => c?.ToString()?.Trim() ?? "")];
            }
            catch (Exception e) when (e is InvalidDataException or ImportFormatException or ArgumentException or InvalidOperationException)
            {
                return null;
            }
        }
        else
        {
            var head = new byte[Math.Min(new FileInfo(path).Length, EncodingSniffer.SniffBytes)];
            using (var stream = File.OpenRead(path))
                stream.ReadExactly(head);
            var sniff = EncodingSniffer.Sniff(head, head.Length < EncodingSniffer.SniffBytes);
            var text = (sniff.IsUtf8 ? Encoding.UTF8 : EncodingSniffer.Cp949).GetString(head);
            var line = text.Split('\n')[0].Trim('\uFEFF', '\r');
            header = [.. line.Split(',').Select(h => h.Trim('"', ' '))];
        }
        return KindOf(header);
    }

    private static PointLayerKind? KindOf(IReadOnlyList<string> header) =>
        IndexOf(header, "평균기온") >= 0 && IndexOf(header, "관측소명") >= 0 ? PointLayerKind.WeatherStation
        : IndexOf(header, "정류소명") >= 0 ? PointLayerKind.BusStop
        : IndexOf(header, "쉼터명칭") >= 0 ? PointLayerKind.HeatShelter
        : IndexOf(header, "설치장소명") >= 0 && header.Any(h => h.Contains("종류", StringComparison.Ordinal)) ? PointLayerKind.ShadeCanopy
        : null;

    public static PointLayer Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var rows = ExcelSheets.ReadSheet(path, "Data");
            if (rows.Count == 0)
                throw new ImportFormatException(new ImportIssue(name, 1, 0, null, "empty sheet: a header row is required"));
            var header = rows[0].Select(c => c?.ToString()?.Trim() ?? "").ToArray();
            return Build(name, header, rows.Skip(1).Select((r, k) => (k + 2L, r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToArray())));
        }
        var raw = File.ReadAllBytes(path);
        var issues = new List<ImportIssue>();
        var csv = ContractCsv.Open(name, raw, issues) ?? throw new ImportFormatException(issues);
        var sniff = EncodingSniffer.Sniff(raw.AsSpan(0, Math.Min(raw.Length, EncodingSniffer.SniffBytes)), raw.Length <= EncodingSniffer.SniffBytes);
        csv.TextEncoding = sniff.IsUtf8 ? Encoding.UTF8 : EncodingSniffer.Cp949;
        if (!csv.ReadHeader(issues))
            throw new ImportFormatException(issues);
        return Build(name, csv.Header, Rows(csv, issues));
    }

    private static IEnumerable<(long Line, string[] Cells)> Rows(ContractCsv csv, List<ImportIssue> issues)
    {
        while (csv.NextRow(issues))
            yield return (csv.Line, Enumerable.Range(0, csv.FieldCount).Select(csv.FieldText).ToArray());
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
    }

    private static PointLayer Build(string file, IReadOnlyList<string> header, IEnumerable<(long Line, string[] Cells)> rows)
    {
        int Col(string[] names) => names.Select(n => IndexOf(header, n)).FirstOrDefault(i => i >= 0, -1);
        var kind = KindOf(header) ?? throw new ImportFormatException(new ImportIssue(file, 1, 0, null,
                $"not a known point layer (그늘막, 무더위쉼터, 버스정류소, 관측소 기온): header {string.Join(",", header)}"));
        var (nameCol, lonCol, latCol, xCol, yCol) = (Col(s_name), Col(s_lon), Col(s_lat), Col(s_x), Col(s_y));
        if (nameCol < 0 || (lonCol < 0 || latCol < 0) && (xCol < 0 || yCol < 0))
            throw new ImportFormatException(new ImportIssue(file, 1, 0, null, "a point layer needs a name and coordinates (경도/위도 or X/Y좌표)"));
        var declared = xCol >= 0 && header[xCol].Contains("5186", StringComparison.Ordinal) ? ProjectedCrs.Epsg5186 : (ProjectedCrs?)null;
        var (idCol, catCol, dongCol, sinceCol, untilCol, capCol, valueCol, addrCol) =
            (Col(s_id), Col(s_category), Col(s_dong), Col(s_since), Col(s_until), Col(s_capacity), Col(s_value), Col(s_address));

        var parsed = new List<(LayerPoint Point, double? X, double? Y)>();
        foreach (var (line, cells) in rows)
        {
            string? Cell(int i) => i >= 0 && i < cells.Length && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;
            double? Number(int i, string what)
            {
                if (Cell(i) is not { } t)
                    return null;
                return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                    : throw new ImportFormatException(new ImportIssue(file, line, i + 1, header[i], $"{what} '{t}' is not a number"));
            }
            if (cells.All(c => c.Trim().Length == 0))
                continue;
            var (lon, lat, x, y) = (Number(lonCol, "longitude"), Number(latCol, "latitude"), Number(xCol, "X"), Number(yCol, "Y"));
            // X/Y in degrees (the bus stop file) are longitude and latitude.
            if (lon is null && x is { } dx && y is { } dy && Math.Abs(dx) <= 180 && Math.Abs(dy) <= 90)
                (lon, lat, x, y) = (dx, dy, null, null);
            // Some rows have no place name (471 of the 2026 canopies): the address names them then.
            var name = Text(Cell(nameCol)) ?? Text(Cell(addrCol)) ?? $"{kind} {Cell(idCol) ?? line.ToString(CultureInfo.InvariantCulture)}";
            var dong = Cell(dongCol) is { Length: >= 8 } d && d.All(char.IsAsciiDigit) ? d[..8] : null;
            var point = new LayerPoint(Cell(idCol) ?? line.ToString(CultureInfo.InvariantCulture), name, lon ?? double.NaN, lat ?? double.NaN, line)
            {
                Category = Text(Cell(catCol)),
                DongCode = dong,
                Since = Date(Cell(sinceCol)),
                Until = Cell(untilCol) == "99991231" ? null : Date(Cell(untilCol)),
                Capacity = Number(capCol, "capacity"),
                Value = Number(valueCol, "value"),
                Address = Text(Cell(addrCol)),
            };
            parsed.Add((point, x, y));
        }

        var needsProjection = parsed.Where(p => double.IsNaN(p.Point.Lon)).ToList();
        ProjectedCrs? crs = null;
        if (needsProjection.Count > 0)
        {
            if (needsProjection.Any(p => p.X is null || p.Y is null))
                throw new ImportFormatException(new ImportIssue(file, needsProjection.First(p => p.X is null || p.Y is null).Point.Line, 0, null, "no coordinates"));
            crs = declared ?? CrsGuess.InSeoul([.. needsProjection.Select(p => (p.X!.Value, p.Y!.Value))])
                ?? throw new ImportFormatException(new ImportIssue(file, 1, xCol + 1, header[xCol], "the projected coordinates place no system's points in Seoul (tried EPSG:5186, 5181, 5179)"));
            var toWgs = KoreaCrs.ToWgs84(crs.Value);
            for (var k = 0; k < parsed.Count; k++)
            {
                if (!double.IsNaN(parsed[k].Point.Lon))
                    continue;
                var ll = toWgs.Transform([parsed[k].X!.Value, parsed[k].Y!.Value]);
                parsed[k] = (parsed[k].Point with { Lon = ll[0], Lat = ll[1] }, null, null);
            }
        }
        var kept = parsed.Select(p => p.Point).Where(InSeoul).ToList();
        var leftOut = parsed.Select(p => p.Point).Where(p => !InSeoul(p))
            .Select(p => new ImportIssue(file, p.Line, lonCol + 1, lonCol >= 0 ? header[lonCol] : null,
                string.Create(CultureInfo.InvariantCulture, $"{p.Name}: {p.Lon:0.#####}, {p.Lat:0.#####} is outside Seoul; left out")))
            .ToList();
        return new PointLayer(kind, file, kept, crs) { LeftOut = leftOut };
    }

    /// <summary>Inside a box around Seoul with a margin (126.7–127.3 E, 37.4–37.75 N).</summary>
    private static bool InSeoul(LayerPoint p) => p.Lon is > 126.7 and < 127.3 && p.Lat is > 37.4 and < 37.75;

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim('"', ' ', '\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }

    /// <summary>Trims, and restores the middle dot that some cp949 exports wrote as '?'.</summary>
    private static string? Text(string? t) => t?.Replace('?', '·').Trim();

    private static DateOnly? Date(string? t)
    {
        if (t is null)
            return null;
        var digits = new string(t.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 8 && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
