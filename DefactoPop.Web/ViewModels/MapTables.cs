using DefactoPop.Core.Domain;

namespace DefactoPop.Web.ViewModels;

public static class MapTables
{
    /// <summary>The map's data as a table (the accessible alternative and its export), largest values first.</summary>
    public static ExportTable Layer(MetricLayer layer, bool[]? visible, UiText t) =>
        new($"map-{layer.Level.Key()}-{layer.Metric.Key()}-{layer.Slot.Date:yyyyMMdd}-{layer.Slot.Hour:00}",
            [t["col.rank"], t["col.code"], t["col.name"], t["col.value"], t["legend.masked"]],
            [.. layer.Zones.Select((z, i) => (z, i))
                .Where(x => visible is null || visible[x.i])
                .OrderByDescending(x => double.IsFinite(layer.Values[x.i]) ? layer.Values[x.i] : double.MinValue)
                .Select((x, rank) => new object?[]
                {
                    rank + 1, x.z.Code, t.Name(x.z),
                    double.IsFinite(layer.Values[x.i]) ? Math.Round(layer.Values[x.i], 3) : null,
                    layer.Masked[x.i] ? "*" : "",
                })]);
}
