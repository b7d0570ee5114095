using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Storage;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Disclosure:Mode — "public" (the default): every reader sees what the release publishes (Seoul's threshold of 3
/// persons, the store's patterns); "internal": raw estimates, with a banner on every page.
/// </summary>
public sealed class DisclosureSettings
{
    public const string Section = "Disclosure";

    public string Mode { get; set; } = "public";

    public bool IsInternal => string.Equals(Mode, "internal", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// What a reader may see of an hour: in the public mode, the release's suppressed cells are masked, and foreigners of a
/// 집계구 (not released at that level) are hidden; in the internal mode, everything. One place for every read path.
/// </summary>
public sealed class DisclosureView(StoreDatabase database, ZoneCatalogCache catalogs, IOptions<DisclosureSettings> settings)
{
    private const ulong ForeignSlots = 0b111111UL << CellValues.LongTotal;

    public bool IsPublic => !settings.Value.IsInternal;

    public static DisclosureOptions Options => DisclosureOptions.Seoul;

    /// <summary>The hour's mask, or null in the internal mode (unless <paramref name="always"/>). Builds (and stores, when it can) a missing one.</summary>
    public async Task<HourMask?> ForHourAsync(DbConnection connection, int hour, CancellationToken ct, bool always = false)
    {
        if (!IsPublic && !always)
            return null;
        if (MaskTable.Read(connection, null, hour) is { } stored)
            return new HourMask(SuppressionMask.Decode(stored));
        var catalog = await catalogs.GetAsync(ct);
        var built = MaskTable.BuildFromStore(connection, catalog, hour, Options);
        try
        {
            await using var writer = await database.OpenConnectionAsync(ct);
            MaskTable.Write(writer, null, hour, built);
        }
        catch (DbException)
        {
            // A writer holds the store (seeding): the pattern is built again next time.
        }
        return new HourMask(SuppressionMask.Decode(built));
    }

    /// <summary>Zone-days (day index = hour ordinal / 24) with an hour whose total (any class) the release suppresses.</summary>
    public async Task<HashSet<(int ZoneId, int Day)>> HiddenTotalsAsync(IEnumerable<int> days, CancellationToken ct)
    {
        const ulong totals = (1UL << CellValues.DomesticTotal) | (1UL << CellValues.LongTotal) | (1UL << CellValues.ShortTotal);
        var hidden = new HashSet<(int, int)>();
        await using var connection = await database.OpenConnectionAsync(ct);
        foreach (var day in days)
        {
            for (var hour = day * 24; hour < day * 24 + 24; hour++)
            {
                if (await ForHourAsync(connection, hour, ct) is not { } mask)
                    continue;
                foreach (var id in mask.ZonesHiding(totals))
                    hidden.Add((id, day));
            }
        }
        return hidden;
    }

    /// <summary>One hour's suppressed slots per zone id.</summary>
    public sealed class HourMask(Dictionary<int, ulong> bits)
    {
        /// <summary>Zones with any of these slots suppressed.</summary>
        public IEnumerable<int> ZonesHiding(ulong slots) => bits.Where(kv => (kv.Value & slots) != 0).Select(kv => kv.Key);

        /// <summary>Masks what the release hides of this zone's cell; true when anything was masked.</summary>
        public bool Apply(int zoneId, CellValues cell)
        {
            var hide = bits.GetValueOrDefault(zoneId);
            if (CellKeys.LevelOf(zoneId) == ZoneLevel.Oa && cell.Intervals != IntervalKind.None)
                hide |= ForeignSlots;
            SuppressionMask.Apply(cell, hide);
            return hide != 0;
        }
    }
}
