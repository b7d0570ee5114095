using System.Text.Json;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Validation;

/// <summary>seal.json of a truth folder: day file name → SHA-256 (lower-case hex).</summary>
public static class TruthSeal
{
    public static IReadOnlyDictionary<string, string> Read(string truthRoot)
    {
        var path = Path.Combine(truthRoot, TruthFiles.SealFile);
        if (!File.Exists(path))
            throw new ImportFormatException(new ImportIssue(path, 0, 0, null, "missing: a truth folder without a seal is refused"));
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var days = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var day in doc.RootElement.GetProperty("days").EnumerateObject())
                days[day.Name] = day.Value.GetString() ?? "";
            return days;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ImportFormatException(new ImportIssue(path, 1, 0, null, "not a truth seal: " + ex.Message));
        }
    }

    /// <summary>Writes seal.json with <paramref name="days"/> (merged over an existing seal).</summary>
    public static void Write(string truthRoot, IReadOnlyDictionary<string, string> days)
    {
        var merged = File.Exists(Path.Combine(truthRoot, TruthFiles.SealFile))
            ? new Dictionary<string, string>(Read(truthRoot), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, sha) in days)
            merged[name] = sha;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("note", "Sealed truth of a synthetic run. Only validate reads it; the estimator never does.");
            json.WriteStartObject("days");
            foreach (var (name, sha) in merged.OrderBy(p => p.Key, StringComparer.Ordinal))
                json.WriteString(name, sha);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        Operator.AtomicFile.Write(Path.Combine(truthRoot, TruthFiles.SealFile), stream.ToArray());
    }
}
