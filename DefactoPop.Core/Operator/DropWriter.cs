using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>
/// Writes a drop as a day folder: each file under a temporary name then renamed, manifest.json last with the
/// row count and SHA-256 of every file. An existing manifest is removed first, so a half-rewritten day is never complete.
/// </summary>
public static class DropWriter
{
    /// <summary>drops/yyyy-MM-dd.</summary>
    public static string DayFolder(string dropsRoot, DateOnly date) =>
        Path.Combine(dropsRoot, date.ToString(ContractFormat.DayFolderFormat, CultureInfo.InvariantCulture));

    /// <summary>
    /// Writes <paramref name="drop"/> into <paramref name="dayFolder"/> and returns its manifest. Count files are
    /// gzip-compressed unless <paramref name="gzip"/> is false. Cell-hours with no devices are not written (absent = 0).
    /// Throws <see cref="ArgumentException"/> when a count is negative or not a whole number.
    /// </summary>
    public static DropManifest Write(string dayFolder, OperatorDrop drop, bool gzip = true)
    {
        ArgumentNullException.ThrowIfNull(dayFolder);
        ArgumentNullException.ThrowIfNull(drop);
        var files = new (string Kind, CsvRowWriter Csv)[]
        {
            (ContractFormat.Domestic, DomesticCsv(drop)),
            (ContractFormat.LongTerm, ForeignCsv(drop, h => h.LongTerm)),
            (ContractFormat.Roaming, ForeignCsv(drop, h => h.ShortTerm)),
            (ContractFormat.Outages, OutageCsv(drop)),
        };
        Directory.CreateDirectory(dayFolder);
        var manifestPath = Path.Combine(dayFolder, ContractFormat.ManifestFile);
        if (File.Exists(manifestPath))
            File.Delete(manifestPath);
        var entries = new List<ManifestFile>();
        foreach (var (kind, csv) in files)
        {
            var compress = gzip && kind != ContractFormat.Outages;
            var name = kind + (compress ? ".csv.gz" : ".csv");
            var bytes = csv.ToArray();
            if (compress)
                bytes = AtomicFile.Gzip(bytes);
            AtomicFile.Write(Path.Combine(dayFolder, name), bytes);
            var stale = Path.Combine(dayFolder, kind + (compress ? ".csv" : ".csv.gz"));
            if (File.Exists(stale))
                File.Delete(stale);
            entries.Add(new ManifestFile(name, csv.Rows, AtomicFile.Sha256Hex(bytes)));
        }
        var manifest = new DropManifest(ContractFormat.Version, drop.Date, drop.Operator, drop.ProducedAt, true, entries);
        AtomicFile.Write(manifestPath, ManifestJson(manifest));
        return manifest;
    }

    /// <summary>The manifest as written (UTF-8 JSON, snake_case, indented).</summary>
    public static byte[] ManifestJson(DropManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("contract_version", manifest.ContractVersion);
            json.WriteString("date", manifest.Date.ToString(ContractFormat.DateFormat, CultureInfo.InvariantCulture));
            json.WriteString("operator", manifest.Operator);
            json.WriteString("produced_at", manifest.ProducedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteBoolean("complete", manifest.Complete);
            json.WriteStartArray("files");
            foreach (var f in manifest.Files)
            {
                json.WriteStartObject();
                json.WriteString("name", f.Name);
                json.WriteNumber("rows", f.Rows);
                json.WriteString("sha256", f.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string DateKey(DateOnly date) => date.ToString(ContractFormat.RowDateFormat, CultureInfo.InvariantCulture);

    private static CsvRowWriter DomesticCsv(OperatorDrop drop)
    {
        var csv = new CsvRowWriter(ContractFormat.DomesticColumns);
        var date = DateKey(drop.Date);
        var values = new long[Strata.Count];
        for (var h = 0; h < 24; h++)
        {
            var counts = drop.Hours[h].Domestic;
            for (var c = 0; c < drop.Cells.Count; c++)
            {
                long total = 0;
                for (var s = 0; s < Strata.Count; s++)
                {
                    values[s] = Whole(counts[c * Strata.Count + s], drop, c, h);
                    total += values[s];
                }
                if (total == 0)
                    continue;
                csv.Text(date).Int(h).Text(drop.Cells.IdOf(c)).Int(total);
                foreach (var v in values)
                    csv.Int(v);
                csv.EndRow();
            }
        }
        return csv;
    }

    private static CsvRowWriter ForeignCsv(OperatorDrop drop, Func<OperatorHour, float[]> select)
    {
        var csv = new CsvRowWriter(ContractFormat.ForeignColumns);
        var date = DateKey(drop.Date);
        for (var h = 0; h < 24; h++)
        {
            var counts = select(drop.Hours[h]);
            for (var c = 0; c < drop.Cells.Count; c++)
            {
                var chinese = Whole(counts[c * 2], drop, c, h);
                var other = Whole(counts[c * 2 + 1], drop, c, h);
                if (chinese + other == 0)
                    continue;
                csv.Text(date).Int(h).Text(drop.Cells.IdOf(c)).Int(chinese).Int(other);
                csv.EndRow();
            }
        }
        return csv;
    }

    private static CsvRowWriter OutageCsv(OperatorDrop drop)
    {
        var csv = new CsvRowWriter(ContractFormat.OutageColumns);
        foreach (var o in drop.Outages)
        {
            csv.Text(o.CellId).Text(LocalTime(o.From)).Text(LocalTime(o.To));
            csv.EndRow();
        }
        return csv;
    }

    private static string LocalTime(DateTime t) =>
        t.ToString(t.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static long Whole(float value, OperatorDrop drop, int cell, int hour)
    {
        if (value < 0 || value != MathF.Floor(value) || !float.IsFinite(value))
            throw new ArgumentException($"Count {value} of cell {drop.Cells.IdOf(cell)} at hour {hour} is not a whole non-negative number.", nameof(drop));
        return (long)value;
    }
}
