namespace DefactoPop.Web.Interop;

/// <summary>
/// The interval line of the map tooltip: float32 bounds per zone (NaN where a zone has none), or the note shown when
/// the data carries no intervals (official files); and the zones whose figure was imputed for a cell outage, with their note.
/// </summary>
public sealed record TooltipIntervals(byte[]? LowerF32, byte[]? UpperF32, string Label, string Unit, string? None)
{
    /// <summary>Indices of the zones imputed for a cell outage ("보정됨").</summary>
    public int[] Imputed { get; init; } = [];

    public string ImputedNote { get; init; } = "";

    public static TooltipIntervals? From(MetricLayer layer, UiText t, string unit)
    {
        if (!layer.WantsIntervals)
            return null;
        var imputed = layer.Imputed is { } flags ? flags.Select((f, i) => f ? i : -1).Where(i => i >= 0).ToArray() : [];
        if (layer.Bounds is not { } b)
            return new TooltipIntervals(null, null, t["interval.label"], unit, t["interval.none"]) { Imputed = imputed, ImputedNote = t["imputed.note"] };
        return new TooltipIntervals(Floats(b.Lower), Floats(b.Upper), b.InPeople ? t["interval.population"] : t["interval.label"],
            b.InPeople ? t["common.people"] : unit, null) { Imputed = imputed, ImputedNote = t["imputed.note"] };
    }

    private static byte[] Floats(double[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), (float)values[i]);
        return bytes;
    }
}
