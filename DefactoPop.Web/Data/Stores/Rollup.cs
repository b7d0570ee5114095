using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;
using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// Keeps the derived levels up to date: 행정동 from 집계구, 자치구 from 행정동, the city from 자치구, per hour;
/// then the daily mean/min/max of the city, 자치구 and 행정동. Rows loaded directly at a level are never overwritten.
/// Intervals roll up with the figures (<see cref="RollupIntervals"/>) while every child carries them.
/// </summary>
public static class Rollup
{
    /// <param name="only">
    /// Per hour, every cell the store holds at that hour when the caller knows it (an import into hours that held
    /// nothing before): they are decoded from memory instead of read back.
    /// </param>
    public static void Run(DbConnection connection, DbTransaction transaction, StoredZoneIndex catalog, IEnumerable<int> hours,
        IReadOnlyDictionary<int, List<(long Key, byte[] Data)>>? only = null)
    {
        var hourList = hours.Distinct().Order().ToList();
        using (var writer = new CellWriter(connection, transaction, replace: true))
        {
            var pool = new Dictionary<int, CellValues>();
            foreach (var hour in hourList)
                RollupHour(connection, transaction, catalog, hour, writer, pool, only?.GetValueOrDefault(hour));
            writer.Flush();
        }
        UpdateDailyStats(connection, transaction, catalog, hourList.Select(h => h / 24).Distinct());
    }

    private static void RollupHour(DbConnection connection, DbTransaction transaction, StoredZoneIndex catalog, int hour,
        CellWriter writer, Dictionary<int, CellValues> pool, List<(long Key, byte[] Data)>? only)
    {
        var cells = only is null ? ReadRange(connection, transaction, hour, CellKeys.AllIds, pool) : Decode(only, pool);
        foreach (var (child, parent) in new[] { (ZoneLevel.Oa, ZoneLevel.Dong), (ZoneLevel.Dong, ZoneLevel.Gu), (ZoneLevel.Gu, ZoneLevel.City) })
        {
            var sums = new Dictionary<int, CellValues>();
            var acrossDistricts = parent == ZoneLevel.City;
            foreach (var id in catalog.IdsOf(child))
            {
                if (!cells.TryGetValue(id, out var cell) || catalog.ParentOf(id) is not { } parentId)
                    continue;
                if (!sums.TryGetValue(parentId, out var sum))
                    sums[parentId] = sum = new CellValues { Derived = true, Intervals = cell.Intervals == IntervalKind.None ? IntervalKind.None : IntervalKind.Parts };
                Accumulate(sum, cell);
                RollupIntervals.Add(sum, cell, acrossDistricts);
            }
            foreach (var parentId in catalog.IdsOf(parent))
            {
                var hasExisting = cells.TryGetValue(parentId, out var existing);
                if (hasExisting && !existing!.Derived)
                    continue; // loaded directly: it wins over sums
                if (sums.TryGetValue(parentId, out var sum))
                {
                    cells[parentId] = sum;
                    writer.Upsert(CellKeys.Of(hour, parentId), sum);
                }
                else if (hasExisting)
                {
                    cells.Remove(parentId);
                    writer.Delete(CellKeys.Of(hour, parentId));
                }
            }
        }
    }

    private static void Accumulate(CellValues sum, CellValues child)
    {
        if (child.Partial)
            sum.Partial = true;
        AddSection(sum, child, CellSections.DomesticTotal, CellValues.DomesticTotal, 1);
        AddSection(sum, child, CellSections.Strata, CellValues.FirstStratum, Strata.Count);
        AddSection(sum, child, CellSections.Long, CellValues.LongTotal, 3);
        AddSection(sum, child, CellSections.Short, CellValues.ShortTotal, 3);
    }

    private static void AddSection(CellValues sum, CellValues child, CellSections section, int from, int count)
    {
        if ((child.Has & section) == 0)
            return;
        var first = (sum.Has & section) == 0;
        sum.Has |= section;
        for (var i = from; i < from + count; i++)
        {
            var v = child.Slots[i];
            var s = sum.Slots[i];
            if (double.IsNaN(v))
            {
                sum.Partial = true;
                if (first)
                    sum.Slots[i] = double.NaN;
                continue;
            }
            sum.Slots[i] = first || double.IsNaN(s) ? v : s + v;
        }
    }

    /// <summary>
    /// Decodes the cells of a range of zones at one hour; with a pool, cell objects are reused between calls. The
    /// blocks are read on this thread (the connection is not shared) and the cells decoded on every core.
    /// </summary>
    internal static Dictionary<int, CellValues> ReadRange(DbConnection connection, DbTransaction? transaction, int hour, ZoneIdRange range,
        Dictionary<int, CellValues>? pool = null) =>
        Decode(CellTable.ReadRange(connection, transaction, hour, range), pool);

    private static Dictionary<int, CellValues> Decode(List<(long Key, byte[] Data)> rows, Dictionary<int, CellValues>? pool)
    {
        var result = new Dictionary<int, CellValues>(rows.Count);
        var blobs = new List<(CellValues Cell, byte[] Data)>(rows.Count);
        foreach (var (key, data) in rows)
        {
            var id = CellKeys.ZoneOf(key);
            CellValues cell;
            if (pool is null)
                cell = new CellValues();
            else if (!pool.TryGetValue(id, out cell!))
                pool[id] = cell = new CellValues();
            blobs.Add((cell, data));
            result[id] = cell;
        }
        if (blobs.Count < ParallelDecodeFrom)
        {
            foreach (var (cell, data) in blobs)
                CellCodec.Decode(data, cell);
        }
        else
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, blobs.Count, 2048), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                    CellCodec.Decode(blobs[i].Data, blobs[i].Cell);
            });
        }
        return result;
    }

    /// <summary>Whether the store holds no cell at all, at any level, on day <paramref name="day"/> (hour ordinal ÷ 24).</summary>
    internal static bool IsEmptyDay(DbConnection connection, DbTransaction transaction, int day) =>
        !CellTable.AnyIn(connection, transaction, day * 24, day * 24 + 23);

    /// <summary>Below this many cells a range is decoded on the calling thread.</summary>
    private const int ParallelDecodeFrom = 4096;

    private static void UpdateDailyStats(DbConnection connection, DbTransaction transaction, StoredZoneIndex catalog, IEnumerable<int> days)
    {
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO DailyStat(ZoneId, Day, Mean, Min, MinHour, Max, MaxHour, Hours) VALUES (@z, @d, @mean, @min, @minh, @max, @maxh, @n)
            ON CONFLICT(ZoneId, Day) DO UPDATE SET Mean = excluded.Mean, Min = excluded.Min, MinHour = excluded.MinHour, Max = excluded.Max,
                MaxHour = excluded.MaxHour, Hours = excluded.Hours
            """;
        var p = new[] { "z", "d", "mean", "min", "minh", "max", "maxh", "n" }.Select(n => upsert.Param(n, null)).ToArray();
        using var clear = connection.CreateCommand();
        clear.Transaction = transaction;
        clear.CommandText = "DELETE FROM DailyStat WHERE Day = @d";
        var clearDay = clear.Param("d", 0);
        foreach (var day in days)
        {
            clearDay.Value = day;
            clear.ExecuteNonQuery();
            var stats = new Dictionary<int, (double Sum, int N, double Min, int MinH, double Max, int MaxH)>();
            for (var h = 0; h < 24; h++)
            {
                foreach (var (id, cell) in ReadRange(connection, transaction, day * 24 + h, CellKeys.CityToDongIds))
                {
                    var v = CellQuery.Evaluate(cell, PopulationQuery.All, out _);
                    if (double.IsNaN(v))
                        continue;
                    var s = stats.TryGetValue(id, out var cur) ? cur : (0, 0, double.MaxValue, 0, double.MinValue, 0);
                    s.Sum += v;
                    s.N++;
                    if (v < s.Min) (s.Min, s.MinH) = (v, h);
                    if (v > s.Max) (s.Max, s.MaxH) = (v, h);
                    stats[id] = s;
                }
            }
            foreach (var (id, s) in stats)
            {
                p[0].Value = id; p[1].Value = day; p[2].Value = s.Sum / s.N; p[3].Value = s.Min;
                p[4].Value = s.MinH; p[5].Value = s.Max; p[6].Value = s.MaxH; p[7].Value = s.N;
                upsert.ExecuteNonQuery();
            }
        }
    }
}
