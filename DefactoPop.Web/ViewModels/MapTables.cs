using DefactoPop.Core.Domain;

namespace DefactoPop.Web.ViewModels;

public static class MapTables
{
    /// <summary>
    /// The map's data as a table (the accessible alternative and its export), largest values first, with the 90 % bounds
    /// as columns for estimates (empty where the data has none).
    /// </summary>
    public static ExportTable Layer(MetricLayer layer, bool[]? visible, UiText t)
    {
        var bounds = layer.Bounds;
        string[] columns = layer.WantsIntervals
            ? [t["col.rank"], t["col.code"], t["col.name"], t["col.value"], t["col.lower"], t["col.upper"], t["legend.masked"]]
            : [t["col.rank"], t["col.code"], t["col.name"], t["col.value"], t["legend.masked"]];
        return new($"map-{layer.Level.Key()}-{layer.Metric.Key()}-{layer.Slot.Date:yyyyMMdd}-{layer.Slot.Hour:00}", columns,
            [.. layer.Zones.Select((z, i) => (z, i))
                .Where(x => visible is null || visible[x.i])
                .OrderByDescending(x => double.IsFinite(layer.Values[x.i]) ? layer.Values[x.i] : double.MinValue)
                .Select((x, rank) => layer.WantsIntervals
                    ? new object?[] { rank + 1, x.z.Code, t.Name(x.z), Round(layer.Values, x.i), Round(bounds?.Lower, x.i), Round(bounds?.Upper, x.i), layer.Masked[x.i] ? "*" : "" }
                    : new object?[] { rank + 1, x.z.Code, t.Name(x.z), Round(layer.Values, x.i), layer.Masked[x.i] ? "*" : "" })]);
    }

    private static double? Round(double[]? values, int i) =>
        values is not null && i < values.Length && double.IsFinite(values[i]) ? Math.Round(values[i], 3) : null;
}
