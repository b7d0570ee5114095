using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DefactoPop.Core.Operator;

namespace DefactoPop.Tests.Core.Operator;

/// <summary>
/// One bad day: a valid plain-CSV drop (cells C1-C3, 2017-10-11) changed by <see cref="Break"/>, and where the refusal
/// must point. The manifest is re-signed after a data file changes, so each case breaks exactly one rule.
/// Manifest lines as written: contract_version 2, date 3, complete 6, file entries' names 9, 14, 19, 24.
/// </summary>
internal sealed record BadDropCase(string Name, Action<string> Break, string File, long Line, int Column, string Fragment)
{
    public override string ToString() => Name;

    public static IReadOnlyList<BadDropCase> All { get; } =
    [
        Csv("unknown cell id", "domestic.csv", l => l[1] = Cell(l[1], 2, "C7"), 2, 3, "unknown cell id 'C7'"),
        Csv("cell retired before the day", "domestic.csv", l => l[1] = Cell(l[1], 2, "R1"), 2, 3, "unknown cell id 'R1'"),
        Csv("duplicate cell-hour", "domestic.csv", l => l.Add(l[1]), 72, 3, "duplicate cell-hour: C1 at hour 0 is already on line 2"),
        Csv("negative count", "domestic.csv", l => l[4] = Cell(l[4], 4, "-1"), 5, 5, "negative count -1"),
        Csv("non-integer count", "domestic.csv", l => l[2] = Cell(l[2], 10, "2.5"), 3, 11, "non-integer count 2.5"),
        Csv("count too large", "domestic.csv", l => l[2] = Cell(l[2], 5, "99999999999999999999"), 3, 6, "count 99999999999999999999 is too large"),
        Csv("text in a count", "long_term.csv", l => l[1] = Cell(l[1], 4, "two"), 2, 5, "not a count: 'two'"),
        Csv("strata sum disagrees with total", "domestic.csv", l => l[6] = Cell(l[6], 3, (long.Parse(l[6].Split(',')[3]) + 1).ToString()), 7, 4, "but the 28 strata add up to"),
        Csv("wrong date in a row", "roaming.csv", l => l[1] = Cell(l[1], 0, "20171012"), 2, 1, "row date 20171012 is not the drop's date 20171011"),
        Csv("hour out of range", "domestic.csv", l => l[3] = Cell(l[3], 1, "24"), 4, 2, "hour '24' is outside 0-23"),
        Csv("missing column", "domestic.csv", l => Drop(l, 31), 1, 0, "missing column 'f_70p'"),
        Csv("unknown header", "long_term.csv", l => Append(l, "note", "x"), 1, 6, "unknown column 'note'"),
        Csv("row with too few fields", "domestic.csv", l => l[2] = l[2][..l[2].LastIndexOf(',')], 3, 0, "row has 31 fields but the header has 32"),
        Csv("outage ends before it starts", "outages.csv", l => l[1] = "C2,2017-10-11T05:00,2017-10-11T03:00", 2, 3, "not after it starts"),
        Csv("outage of an unknown cell", "outages.csv", l => l[1] = "C8,2017-10-11T03:00,2017-10-11T05:00", 2, 1, "unknown cell id 'C8'"),
        Csv("empty count file", "roaming.csv", l => l.Clear(), 1, 0, "empty file"),
        new("manifest checksum mismatch", f => Manifest(f, m => m["files"]![0]!["sha256"] = new string('0', 64)), "manifest.json", 9, 0, "domestic.csv: the manifest says sha256 0000"),
        new("manifest row count mismatch", f => Manifest(f, m => m["files"]![1]!["rows"] = 5), "manifest.json", 14, 0, "long_term.csv: the manifest says 5 rows but the file has"),
        new("manifest complete false", f => Manifest(f, m => m["complete"] = false), "manifest.json", 6, 0, "complete: false"),
        new("contract version unsupported", f => Manifest(f, m => m["contract_version"] = 2), "manifest.json", 2, 0, "unsupported contract version 2"),
        new("manifest date is not the folder", f => Manifest(f, m => m["date"] = "2017-10-12"), "manifest.json", 3, 0, "but the folder is 2017-10-11"),
        new("listed file missing", f => System.IO.File.Delete(Path.Combine(f, "roaming.csv")), "manifest.json", 19, 0, "roaming.csv is listed but missing"),
        new("file present but not listed", f => System.IO.File.WriteAllText(Path.Combine(f, "notes.txt"), "hello"), "notes.txt", 1, 0, "not listed in manifest.json"),
        new("manifest missing", f => System.IO.File.Delete(Path.Combine(f, "manifest.json")), "manifest.json", 1, 0, "manifest.json is missing"),
        new("bad gzip", BreakGzip, "domestic.csv.gz", 1, 0, "bad gzip stream"),
    ];

    private static BadDropCase Csv(string name, string file, Action<List<string>> edit, long line, int column, string fragment) =>
        new(name, folder =>
        {
            var path = Path.Combine(folder, file);
            var lines = System.IO.File.ReadAllText(path).TrimEnd('\n').Split('\n').ToList();
            edit(lines);
            System.IO.File.WriteAllText(path, lines.Count == 0 ? "" : string.Join("\n", lines) + "\n");
            Resign(folder);
        }, file, line, column, fragment);

    private static string Cell(string line, int index, string value)
    {
        var f = line.Split(',');
        f[index] = value;
        return string.Join(",", f);
    }

    private static void Drop(List<string> lines, int index)
    {
        for (var i = 0; i < lines.Count; i++)
            lines[i] = string.Join(",", lines[i].Split(',').Where((_, k) => k != index));
    }

    private static void Append(List<string> lines, string header, string value)
    {
        for (var i = 0; i < lines.Count; i++)
            lines[i] += "," + (i == 0 ? header : value);
    }

    private static void BreakGzip(string folder)
    {
        var plain = System.IO.File.ReadAllBytes(Path.Combine(folder, "domestic.csv"));
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(plain);
        // A valid gzip header, then a deflate block of the reserved type: the stream cannot be decoded.
        var bytes = output.ToArray()[..10].Concat(Enumerable.Repeat((byte)0xFF, 64)).ToArray();
        System.IO.File.Delete(Path.Combine(folder, "domestic.csv"));
        System.IO.File.WriteAllBytes(Path.Combine(folder, "domestic.csv.gz"), bytes);
        Manifest(folder, m => m["files"]![0]!["name"] = "domestic.csv.gz");
        Resign(folder);
    }

    private static void Manifest(string folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, "manifest.json");
        var node = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
        edit(node);
        System.IO.File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Recomputes sha256 and rows of every listed file that exists.</summary>
    private static void Resign(string folder) => Manifest(folder, m =>
    {
        foreach (var entry in m["files"]!.AsArray())
        {
            var path = Path.Combine(folder, (string)entry!["name"]!);
            if (!System.IO.File.Exists(path))
                continue;
            var bytes = System.IO.File.ReadAllBytes(path);
            entry["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.Length < 2 || bytes[0] != 0x1F)
                entry["rows"] = Math.Max(0, Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n').Length - 1);
        }
    });
}
