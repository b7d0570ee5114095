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

    /// <summary>
    /// The operator's reference files: the cell plan, and the subscriber base and published rates, which carry the
    /// seeded misspecification of <see cref="OperatorPublication"/>.
    /// </summary>
    public static void WriteReference(ScenarioFolders folders, NetworkPlan plan, SyntheticCity city, ObservationOptions observation, int seed, DateOnly validFrom)
    {
        ArgumentNullException.ThrowIfNull(folders);
        Directory.CreateDirectory(folders.Reference);
        ReferenceWriter.WriteCellPlan(Path.Combine(folders.Reference, ContractFormat.CellPlanFile), OperatorEmitter.CellPlanOf(plan, validFrom));
        ReferenceWriter.WriteSubscriberBase(Path.Combine(folders.Reference, ContractFormat.SubscriberBaseFile),
            OperatorPublication.SubscriberBaseOf(city, observation, seed, validFrom));
        ReferenceWriter.WritePublishedRates(Path.Combine(folders.Reference, ContractFormat.PublishedRatesFile),
            OperatorPublication.RatesOf(observation, seed, validFrom));
    }

    /// <summary>
    /// The city folder (<see cref="CityFolder"/>): zones.csv, land_use.csv (each 집계구's floor-area shares times
    /// <see cref="SyntheticFloorAreaM2"/>), register.csv and census.csv (<see cref="CensusBuilder"/>, seeded).
    /// </summary>
    public static void WriteCity(ScenarioFolders folders, SyntheticCity city, int seed)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(city);
        Directory.CreateDirectory(folders.City);
        LandUseFile.Write(Path.Combine(folders.City, CityFolder.LandUseName), LandUseOf(city));
        ZonesFile.Write(Path.Combine(folders.City, CityFolder.ZonesName), ZonesOf(city));
        RegisterFile.Write(Path.Combine(folders.City, CityFolder.RegisterName), RegisterOf(city));
        CensusFile.Write(Path.Combine(folders.City, CityFolder.CensusName), CensusBuilder.Build(city, seed, CensusBuilder.DefaultReferenceDate));
    }

    public static IReadOnlyList<LandUseRecord> LandUseOf(SyntheticCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var records = new LandUseRecord[city.OaCount];
        for (var j = 0; j < city.OaCount; j++)
        {
            double Share(LandUse use) => Math.Round(city.OaLandUseShares[j * 5 + (int)use] * SyntheticFloorAreaM2, 1);
            records[j] = new LandUseRecord(city.Oas[j].Code, Share(LandUse.Residential), Share(LandUse.Office),
                Share(LandUse.Commercial), Share(LandUse.University), Share(LandUse.Park));
        }
        return records;
    }

    /// <summary>Each 집계구 with its 행정동 and 자치구, centroid and area.</summary>
    public static ZoneTable ZonesOf(SyntheticCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var rows = new ZoneRow[city.OaCount];
        for (var j = 0; j < city.OaCount; j++)
        {
            var dong = city.OaDong[j];
            rows[j] = new ZoneRow(city.Oas[j].Code, city.Dongs[dong].Code, city.Districts[city.DongDistrict[dong]].Code,
                city.OaLat[j], city.OaLon[j], city.Oas[j].AreaKm2);
        }
        return new ZoneTable(rows);
    }

    /// <summary>The register in whole persons; cells of 0 persons are left out (a missing row is 0).</summary>
    public static CityRegister RegisterOf(SyntheticCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        const int S = Strata.Count;
        var records = new List<RegisterRecord>();
        for (var j = 0; j < city.OaCount; j++)
        {
            var code = city.Oas[j].Code;
            for (var s = 0; s < S; s++)
            {
                var persons = (long)Math.Round(city.RegisteredDomestic[j * S + s]);
                if (persons > 0)
                    records.Add(new RegisterRecord(code, RegisterGroup.Korean, Strata.SexOf(s), Strata.BandOf(s), persons));
            }
            for (var k = 0; k < 2; k++)
            {
                var persons = (long)Math.Round(city.RegisteredForeign[j * 2 + k]);
                if (persons > 0)
                    records.Add(new RegisterRecord(code, k == (int)Nationality.Chinese ? RegisterGroup.Chinese : RegisterGroup.Other, null, null, persons));
            }
        }
        return new CityRegister(records);
    }

    /// <summary>One day's drop alone (observe the 24 hours, write the drop): what the operator delivers.</summary>
    public static OperatorDrop WriteDrop(
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
        return drop;
    }

    /// <summary>One day: observe the 24 hours, write the drop, then the sealed truth of the same hours.</summary>
    public static OperatorDrop WriteDay(
        ScenarioFolders folders, SyntheticCity city, NetworkPlan plan, CellPlan cellPlan, Func<HourSlot, TruthHour> truth,
        ObservationOptions observation, int seed, DateOnly date)
    {
        var drop = WriteDrop(folders, city, plan, cellPlan, truth, observation, seed, date);
        TruthWriter.WriteDay(folders.Truth, date, [.. city.Oas.Select(o => o.Code)], truth);
        return drop;
    }
}
