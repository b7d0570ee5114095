using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Services;

/// <summary>Singleton: loads each level's GeoJSON once from the store and keeps it compressed for the /geo endpoint.</summary>
public sealed class GeometryCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<ZoneLevel, Lazy<Task<GeometryFile?>>> _files = new();

    public Task<GeometryFile?> GetAsync(ZoneLevel level) =>
        _files.GetOrAdd(level, l => new Lazy<Task<GeometryFile?>>(() => LoadAsync(l))).Value;

    /// <summary>Drops cached files (after an import).</summary>
    public void Clear() => _files.Clear();

    private async Task<GeometryFile?> LoadAsync(ZoneLevel level)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IPopulationReadStore>();
        var raw = await store.GetGeometryAsync(level);
        return raw is null ? null : Build(raw);
    }

    public static GeometryFile Build(byte[] raw)
    {
        var version = Convert.ToHexStringLower(SHA256.HashData(raw))[..16];
        return new GeometryFile(raw, Compress(raw, s => new GZipStream(s, CompressionLevel.Optimal)),
            Compress(raw, s => new BrotliStream(s, CompressionLevel.Optimal)), version, CountFeatures(raw));
    }

    private static byte[] Compress(byte[] raw, Func<Stream, Stream> wrap)
    {
        using var ms = new MemoryStream();
        using (var z = wrap(ms))
            z.Write(raw);
        return ms.ToArray();
    }

    private static int CountFeatures(byte[] raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            return doc.RootElement.TryGetProperty("features", out var f) && f.ValueKind == JsonValueKind.Array ? f.GetArrayLength() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
