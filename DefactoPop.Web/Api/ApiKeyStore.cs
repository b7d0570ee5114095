using System.Security.Cryptography;
using System.Text;
using DefactoPop.Core.Abstractions;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Api;

/// <summary>
/// Keys of the open-data API, kept as SHA-256 hashes in the store's metadata. A key is 30 hexadecimal characters, like
/// Seoul's, and is shown once, when issued.
/// </summary>
public sealed class ApiKeyStore(StoreDatabase database, TimeProvider time)
{
    private (DateTimeOffset At, HashSet<string> Hashes)? _cache;

    /// <summary>Issues a key for <paramref name="name"/> and returns it (only its hash is stored).</summary>
    public async Task<string> AddAsync(string name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A key needs a name (who it is for).", nameof(name));
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(15));
        var list = await MetaStore.GetAsync(database, MetaKeys.ApiKeys, ct) ?? new ApiKeyList([]);
        if (list.Keys.Any(k => k.Name == name))
            throw new InvalidOperationException($"A key named '{name}' exists already.");
        await MetaStore.SetAsync(database, MetaKeys.ApiKeys, new ApiKeyList([.. list.Keys, new ApiKeyEntry(name, Hash(key), time.GetUtcNow())]), ct);
        _cache = null;
        return key;
    }

    public async Task<IReadOnlyList<ApiKeyEntry>> ListAsync(CancellationToken ct = default) =>
        (await MetaStore.GetAsync(database, MetaKeys.ApiKeys, ct))?.Keys ?? [];

    /// <summary>True when the key was issued (the list is re-read at most every 30 seconds).</summary>
    public async Task<bool> IsValidAsync(string key, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_cache is not { } cache || now - cache.At > TimeSpan.FromSeconds(30))
        {
            cache = (now, [.. (await ListAsync(ct)).Select(k => k.Sha256)]);
            _cache = cache;
        }
        return cache.Hashes.Contains(Hash(key));
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
