using DefactoPop.Core.Domain;

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
            // Raw SQL: a verb's start-up should not pay for EF's model (19,600 rows, read once per process).
            var rows = new List<(int Id, string Code, ZoneLevel Level, string NameKo, string? NameEn, double AreaKm2, int? ParentId, string? StatCode)>();
            await using (var connection = await database.OpenConnectionAsync(ct))
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT Id, Code, Level, NameKo, NameEn, AreaKm2, ParentId, StatCode FROM Zone";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows.Add((reader.GetInt32(0), reader.GetString(1), (ZoneLevel)reader.GetInt32(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetDouble(5),
                        reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
                }
            }
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
