using DefactoPop.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Holds the current <see cref="StoredZoneIndex"/>; writers call <see cref="Invalidate"/> after changing zones.</summary>
public sealed class ZoneCatalogCache(StoreDatabase database)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoredZoneIndex? _current;

    public int Version { get; private set; }

    public async Task<StoredZoneIndex> GetAsync(CancellationToken ct = default)
    {
        if (_current is { } cached)
            return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is not null)
                return _current;
            await using var db = await database.Contexts.CreateDbContextAsync(ct);
            var rows = await db.Zones.AsNoTracking()
                .Select(z => new { z.Id, z.Code, z.Level, z.NameKo, z.NameEn, z.AreaKm2, z.ParentId, z.StatCode })
                .ToListAsync(ct);
            var codeById = rows.ToDictionary(r => r.Id, r => r.Code);
            _current = new StoredZoneIndex(rows.Select(r => (
                r.Id,
                new Zone(r.Code, r.Level, r.NameKo, r.NameEn, r.AreaKm2, r.ParentId is { } p ? codeById.GetValueOrDefault(p) : null) { StatCode = r.StatCode },
                r.ParentId)));
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Raised after the zones changed.</summary>
    public event Action? Invalidated;

    public void Invalidate()
    {
        _current = null;
        Version++;
        Invalidated?.Invoke();
    }
}
