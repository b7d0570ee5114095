using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Queries;

/// <summary>Singleton: loads each level's GeoJSON once from the store and keeps it compressed for the /geo endpoint.</summary>
public sealed class GeometryCache
{
    private readonly ConcurrentDictionary<ZoneLevel, Lazy<Task<GeometryFile?>>> _files = new();
    private readonly IServiceScopeFactory _scopes;

    public GeometryCache(IServiceScopeFactory scopes, Data.Stores.ZoneCatalogCache? catalogs = null)
    {
        _scopes = scopes;
        if (catalogs is not null)
            catalogs.Invalidated += Clear; // new zones or boundaries loaded while serving
    }

    public async Task<GeometryFile?> GetAsync(ZoneLevel level)
    {
        var lazy = _files.GetOrAdd(level, l => new Lazy<Task<GeometryFile?>>(() => LoadAsync(l)));
        var file = await lazy.Value;
        if (file is null)
            _files.TryRemove(new KeyValuePair<ZoneLevel, Lazy<Task<GeometryFile?>>>(level, lazy)); // not loaded yet: ask again next time
        return file;
    }

    /// <summary>Drops cached files (after an import).</summary>
    public void Clear() => _files.Clear();

    private async Task<GeometryFile?> LoadAsync(ZoneLevel level)
    {
        await using var scope = _scopes.CreateAsyncScope();
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
