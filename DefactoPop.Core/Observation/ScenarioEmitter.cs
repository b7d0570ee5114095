using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;

namespace DefactoPop.Core.Observation;

/// <summary>Where <see cref="ScenarioEmitter"/> puts things under the output folder.</summary>
public sealed record ScenarioFolders(string Root)
{
    public string Drops => Path.Combine(Root, "drops");
    public string Reference => Path.Combine(Drops, "reference");
    public string City => Path.Combine(Root, "city");
    public string Truth => Path.Combine(Root, "truth");
}

/// <summary>
/// Writes a synthetic scenario as the three parties would hold it: the operator's drops and reference files, the city's
/// own inputs, and the sealed truth. Each day is written whole (drop last-manifest, truth sealed) before the next.
/// </summary>
public static class ScenarioEmitter
{
    /// <summary>Floor area assumed per unit of land-use share when the synthetic city is written as 건축물대장 sums (m²).</summary>
    public const double SyntheticFloorAreaM2 = 20_000;

    public static void WriteReference(ScenarioFolders folders, NetworkPlan plan, DateOnly validFrom)
    {
        ArgumentNullException.ThrowIfNull(folders);
        Directory.CreateDirectory(folders.Reference);
        ReferenceWriter.WriteCellPlan(Path.Combine(folders.Reference, ContractFormat.CellPlanFile), OperatorEmitter.CellPlanOf(plan, validFrom));
    }

    /// <summary>land_use.csv of the city: each 집계구's floor-area shares times <see cref="SyntheticFloorAreaM2"/>.</summary>
    public static void WriteCity(ScenarioFolders folders, SyntheticCity city)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(city);
        Directory.CreateDirectory(folders.City);
        var records = new LandUseRecord[city.OaCount];
        for (var j = 0; j < city.OaCount; j++)
        {
            double Share(LandUse use) => Math.Round(city.OaLandUseShares[j * 5 + (int)use] * SyntheticFloorAreaM2, 1);
            records[j] = new LandUseRecord(city.Oas[j].Code, Share(LandUse.Residential), Share(LandUse.Office),
                Share(LandUse.Commercial), Share(LandUse.University), Share(LandUse.Park));
        }
        LandUseFile.Write(Path.Combine(folders.City, "land_use.csv"), records);
    }

    /// <summary>One day: observe the 24 hours, write the drop, then the sealed truth of the same hours.</summary>
    public static OperatorDrop WriteDay(
        ScenarioFolders folders, SyntheticCity city, NetworkPlan plan, CellPlan cellPlan, Func<HourSlot, TruthHour> truth,
        ObservationOptions observation, int seed, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(cellPlan);
        ArgumentNullException.ThrowIfNull(truth);
        var hours = new OperatorHour[24];
        for (var h = 0; h < 24; h++)
            hours[h] = ObservationModel.Observe(city, plan, truth(new HourSlot(date, h)), observation, seed);
        var producedAt = new DateTimeOffset(date.AddDays(1).ToDateTime(new TimeOnly(6, 0)), TimeSpan.FromHours(9));
        var drop = OperatorEmitter.DropOf(cellPlan.ValidOn(date), date, hours, producedAt);
        DropWriter.Write(DropWriter.DayFolder(folders.Drops, date), drop);
        TruthWriter.WriteDay(folders.Truth, date, [.. city.Oas.Select(o => o.Code)], truth);
        return drop;
    }
}
