using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefactoPop.Core.Publication.Release;

/// <summary>What the attacker found when the release was checked before publication.</summary>
public sealed record ReleaseAuditSummary(long CellsChecked, double? NarrowestWidth, int Violations, double Seconds);

/// <summary>
/// release.json, written last into a day's folder: the files with rows and SHA-256, when the drop arrived and when the
/// day was published, the revision (1, then +1 for each corrected drop), and the warnings a reader should see.
/// </summary>
public sealed record ReleaseManifest(
    DateOnly DataDate,
    int Revision,
    string MethodVersion,
    string DropSha256,
    DateTimeOffset DropReceivedAt,
    DateTimeOffset PublishedAt,
    double LagSeconds,
    double ProcessingSeconds,
    double Threshold,
    string Encoding,
    IReadOnlyList<ReleaseManifestFile> Files,
    ReleaseAuditSummary Audit,
    int ImputedHours,
    double MaskedShare)
{
    public const string FileName = "release.json";

    /// <summary>The release method: estimation from drops, linked-table suppression, exact attacker.</summary>
    public const string CurrentMethod = "defactopop-release/1 (C3 expansion, linked-table suppression, exact attacker)";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, s_json);

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none (an unpublished or incomplete day).</summary>
    public static ReleaseManifest? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        return JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllBytes(path), s_json)
            ?? throw new InvalidDataException($"{path}: empty manifest.");
    }
}

public sealed record ReleaseManifestFile(string Name, string Level, string Class, long Rows, string Sha256);
