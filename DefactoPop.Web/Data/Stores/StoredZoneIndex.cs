using System.Collections.Frozen;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Stores;

/// <summary>An immutable snapshot of the stored zone table (not the reference <c>Core.Reference.ZoneCatalog</c>): codes, ids, parents and the per-level order (by code).</summary>
public sealed class StoredZoneIndex
{
    private readonly FrozenDictionary<string, int> _idByCode;
    private readonly Dictionary<int, Zone> _byId;
    private readonly Dictionary<int, int> _parent;
    private readonly Dictionary<ZoneLevel, int[]> _idsByLevel;

    public StoredZoneIndex(IEnumerable<(int Id, Zone Zone, int? ParentId)> rows)
    {
        var list = rows.ToList();
        _byId = list.ToDictionary(r => r.Id, r => r.Zone);
        _idByCode = list.ToFrozenDictionary(r => r.Zone.Code, r => r.Id, StringComparer.Ordinal);
        _parent = list.Where(r => r.ParentId is not null).ToDictionary(r => r.Id, r => r.ParentId!.Value);
        _idsByLevel = Enum.GetValues<ZoneLevel>().ToDictionary(
            l => l,
            l => list.Where(r => r.Zone.Level == l).OrderBy(r => r.Zone.Code, StringComparer.Ordinal).Select(r => r.Id).ToArray());
        StatToMois = list.Where(r => r.Zone.StatCode is not null)
            .ToFrozenDictionary(r => r.Zone.StatCode!, r => r.Zone.Code, StringComparer.Ordinal);
    }

    public static StoredZoneIndex Empty { get; } = new([]);

    public int Count => _byId.Count;

    public FrozenDictionary<string, string> StatToMois { get; }

    public bool TryGetId(string code, out int id) => _idByCode.TryGetValue(code, out id);

    public int? IdOf(string code) => _idByCode.TryGetValue(code, out var id) ? id : null;

    public Zone this[int id] => _byId[id];

    public Zone? Find(string code) => _idByCode.TryGetValue(code, out var id) ? _byId[id] : null;

    public int? ParentOf(int id) => _parent.TryGetValue(id, out var p) ? p : null;

    /// <summary>Ids of a level in code order: the order of every per-level array.</summary>
    public int[] IdsOf(ZoneLevel level) => _idsByLevel[level];

    public IReadOnlyList<Zone> ZonesOf(ZoneLevel level) => _idsByLevel[level].Select(id => _byId[id]).ToList();

    public int CountOf(ZoneLevel level) => _idsByLevel[level].Length;
}
