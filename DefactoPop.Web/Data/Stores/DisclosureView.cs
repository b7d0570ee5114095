using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Storage;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Disclosure:Mode — "public" (the default): every reader sees what the release publishes (Seoul's threshold of 3
/// persons, the store's patterns); "internal": raw estimates, with a banner on every page, for the readers allowed them.
/// </summary>
public sealed class DisclosureSettings
{
    public const string Section = "Disclosure";

    public string Mode { get; set; } = "public";

    /// <summary>The configured mode is internal (whether the current reader sees raw figures is <see cref="ShowsRaw"/>).</summary>
    public bool IsInternal => string.Equals(Mode, "internal", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Raw figures only for readers <see cref="DisclosureAccess"/> allows (the web host sets this: an analyst or an
    /// admin); a read where nobody said who is reading is public. False (the verbs): the mode alone decides.
    /// </summary>
    public bool PerUser { get; set; }

    /// <summary>The current reader sees raw figures: the internal mode, and (per user) an analyst or an admin.</summary>
    public bool ShowsRaw => IsInternal && (!PerUser || DisclosureAccess.RawAllowed == true);
}

/// <summary>
/// What a reader may see of an hour: in the public mode, the release's suppressed cells are masked, and foreigners of a
/// 집계구 (not released at that level) are hidden; in the internal mode, everything. One place for every read path.
/// </summary>
public sealed class DisclosureView(StoreDatabase database, ZoneCatalogCache catalogs, IOptions<DisclosureSettings> settings)
{
    private const ulong ForeignSlots = 0b111111UL << CellValues.LongTotal;

    /// <summary>The current reader sees what the release publishes (see <see cref="DisclosureSettings.ShowsRaw"/>).</summary>
    public bool IsPublic => !settings.Value.ShowsRaw;

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
