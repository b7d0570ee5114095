using System.Globalization;
using System.Text;
using System.Text.Json;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>Parses manifest.json with issues that name the line of the offending property.</summary>
internal static class ManifestParser
{
    public static DropManifest? Parse(byte[] bytes, List<ImportIssue> issues)
    {
        const string file = ContractFormat.ManifestFile;
        var text = Encoding.UTF8.GetString(bytes);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            issues.Add(new ImportIssue(file, (ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, null, $"not valid JSON: {ex.Message}"));
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(new ImportIssue(file, 1, 0, null, "the manifest must be a JSON object"));
                return null;
            }
            var before = issues.Count;
            var version = Get(root, "contract_version", JsonValueKind.Number, text, issues);
            if (version is { } v && (!v.TryGetInt32(out var n) || n != ContractFormat.Version))
            {
                issues.Add(Issue(text, "contract_version", $"unsupported contract version {v.GetRawText()} (this reader supports {ContractFormat.Version})"));
                return null;
            }
            var dateText = Get(root, "date", JsonValueKind.String, text, issues)?.GetString();
            DateOnly date = default;
            if (dateText is not null && !DateOnly.TryParseExact(dateText, ContractFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                issues.Add(Issue(text, "date", $"bad date '{dateText}' (expected yyyy-MM-dd)"));
            var op = Get(root, "operator", JsonValueKind.String, text, issues)?.GetString();
            if (op is { Length: 0 })
                issues.Add(Issue(text, "operator", "empty operator"));
            var producedText = Get(root, "produced_at", JsonValueKind.String, text, issues)?.GetString();
            DateTimeOffset produced = default;
            if (producedText is not null && !DateTimeOffset.TryParse(producedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out produced))
                issues.Add(Issue(text, "produced_at", $"bad date-time '{producedText}' (expected ISO 8601 with offset)"));
            var completeEl = root.TryGetProperty("complete", out var c) ? c : (JsonElement?)null;
            bool? complete = completeEl?.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
            if (complete is null)
                issues.Add(Issue(text, "complete", completeEl is null ? "missing property 'complete'" : "'complete' must be true or false"));
            else if (complete == false)
                issues.Add(Issue(text, "complete", "the manifest says complete: false; the drop is not finished"));
            var files = new List<ManifestFile>();
            if (Get(root, "files", JsonValueKind.Array, text, issues) is { } array)
            {
                foreach (var entry in array.EnumerateArray())
                {
                    var name = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("name", out var nm) && nm.ValueKind == JsonValueKind.String ? nm.GetString()! : null;
                    var rows = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("rows", out var r) && r.TryGetInt64(out var rv) && rv >= 0 ? rv : (long?)null;
                    var sha = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("sha256", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : null;
                    if (name is null || rows is null || sha is null || sha.Length != 64)
                    {
                        issues.Add(new ImportIssue(file, name is null ? LineOf(text, "\"files\"") : LineOfName(text, name), 0, "files",
                            "each file entry needs name (string), rows (non-negative integer) and sha256 (64 hex digits)"));
                        continue;
                    }
                    files.Add(new ManifestFile(name, rows.Value, sha.ToLowerInvariant()));
                }
            }
            return issues.Count > before ? null : new DropManifest(ContractFormat.Version, date, op!, produced, complete!.Value, files);
        }
    }

    private static JsonElement? Get(JsonElement root, string name, JsonValueKind kind, string text, List<ImportIssue> issues)
    {
        if (!root.TryGetProperty(name, out var el))
        {
            issues.Add(new ImportIssue(ContractFormat.ManifestFile, 1, 0, name, $"missing property '{name}'"));
            return null;
        }
        if (el.ValueKind != kind)
        {
            issues.Add(Issue(text, name, $"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}"));
            return null;
        }
        return el;
    }

    private static ImportIssue Issue(string text, string property, string reason) =>
        new(ContractFormat.ManifestFile, LineOf(text, $"\"{property}\""), 0, property, reason);

    /// <summary>1-based line of the first occurrence of <paramref name="token"/>, or 1.</summary>
    public static long LineOf(string text, string token)
    {
        var at = text.IndexOf(token, StringComparison.Ordinal);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>The line of a file entry's name value.</summary>
    public static long LineOfName(string text, string fileName) => LineOf(text, JsonSerializer.Serialize(fileName));
}
