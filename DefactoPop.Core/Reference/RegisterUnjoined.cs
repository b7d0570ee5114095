namespace DefactoPop.Core.Reference;

/// <summary>A register row whose zone is not in the catalogue: its names, the code it was looked up under, its persons and line.</summary>
/// <param name="Code">The code tried: the 자치구 code for a dong the mapping lacks, or the zone code the store lacks; "" when the 자치구 is unknown too.</param>
public sealed record UnjoinedZone(string Name, string Code, double Persons, long Line);

/// <summary>What a register file held that the store could not place; <see cref="Zones"/> is empty when everything joined.</summary>
public sealed record RegisterUnjoined(string File, string Period, int JoinedZones, IReadOnlyList<UnjoinedZone> Zones)
{
    public double Persons => Zones.Sum(z => z.Persons);

    /// <summary>One line for summaries: "1 zone not joined (16,461 persons): 구로구 항동 (11530)".</summary>
    public string Describe() => Zones.Count == 0
        ? "every zone joined"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Zones.Count} zone(s) not joined ({Persons:N0} persons): {string.Join(", ", Zones.Select(z => z.Code.Length > 0 ? $"{z.Name} ({z.Code})" : z.Name))}");
}
