using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Observation;

public sealed class ScenarioEmitterTests : IDisposable
{
    private static readonly DateOnly Day = new(2017, 10, 14);
    private readonly ScenarioFolders _folders = new(Path.Combine(Path.GetTempPath(), "scenario-" + Guid.NewGuid().ToString("N")));
    private readonly TestCity _city = TestCityFactory.Create(new TestCityOptions { OaCount = 60, Columns = 10 });

    public void Dispose()
    {
        if (Directory.Exists(_folders.Root))
            Directory.Delete(_folders.Root, recursive: true);
    }

    [Fact]
    public void WriteDay_SmallCity_WritesAReadableDropAndASealedTruth()
    {
        var plan = NetworkPlan.Generate(_city.City, 5);
        var validFrom = new DateOnly(2017, 1, 1);
        ScenarioEmitter.WriteReference(_folders, plan, _city.City, new ObservationOptions(), 5, validFrom);
        ScenarioEmitter.WriteCity(_folders, _city.City, 5);

        var drop = ScenarioEmitter.WriteDay(_folders, _city.City, plan, OperatorEmitter.CellPlanOf(plan, validFrom), _city.Truth, new ObservationOptions(), 5, Day);

        var cellPlan = ReferenceReader.ReadCellPlan(Path.Combine(_folders.Reference, ContractFormat.CellPlanFile));
        var read = DropReader.Read(DropWriter.DayFolder(_folders.Drops, Day), cellPlan).GetDropOrThrow();
        Assert.Equal([Day], DropReader.ListDays(_folders.Drops));
        Assert.Equal(drop.Hours[13].Domestic, read.Hours[13].Domestic);
        var truth = TruthFiles.ReadDay(_folders.Truth, Day, [.. _city.City.Oas.Select(o => o.Code)]);
        Assert.Equal(_city.Truth(new HourSlot(Day, 13)).Domestic[7], truth[13].Domestic[7], 0.006);
        var landUse = LandUseFile.Read(Path.Combine(_folders.City, "land_use.csv"));
        Assert.Equal(_city.City.OaCount, landUse.Count);
    }

    [Fact]
    public void WriteCityAndReference_SmallCity_EveryFileReadsBack()
    {
        var city = _city.City;
        var plan = NetworkPlan.Generate(city, 5);
        var validFrom = new DateOnly(2017, 1, 1);
        var observation = new ObservationOptions();

        ScenarioEmitter.WriteReference(_folders, plan, city, observation, 5, validFrom);
        ScenarioEmitter.WriteCity(_folders, city, 5);

        var read = CityFolder.Read(_folders.City);
        Assert.Equal(city.Oas.Select(o => o.Code), read.Zones.Rows.Select(z => z.OaCode));
        Assert.Equal(city.Dongs[city.OaDong[7]].Code, read.Zones.Rows[7].DongCode);
        Assert.Equal(city.OaLat[7], read.Zones.Rows[7].Lat, 6);
        Assert.Equal(city.OaCount, read.LandUse.Count);
        Assert.Equal(city.RegisteredDomestic.Sum(v => (double)v), read.Register.Total(RegisterGroup.Korean), city.OaCount * Strata.Count * 0.5);
        Assert.Equal(city.RegisteredForeign.Sum(v => (double)v), read.Register.Total(RegisterGroup.Chinese) + read.Register.Total(RegisterGroup.Other), 0.5 * city.OaCount);
        var census = Assert.IsType<UsualResidentCensus>(read.Census);
        Assert.Equal(CensusBuilder.DefaultReferenceDate, census.ReferenceDate);
        Assert.Equal(CensusBuilder.Build(city, 5, CensusBuilder.DefaultReferenceDate).Records, census.Records);

        var subscribers = ReferenceReader.ReadSubscriberBase(Path.Combine(_folders.Reference, ContractFormat.SubscriberBaseFile));
        Assert.Equal(OperatorPublication.SubscriberBaseOf(city, observation, 5, validFrom).Entries, subscribers.Entries);
        Assert.True(subscribers.IsValidOn(Day));
        var rates = ReferenceReader.ReadPublishedRates(Path.Combine(_folders.Reference, ContractFormat.PublishedRatesFile));
        var expected = OperatorPublication.RatesOf(observation, 5, validFrom);
        Assert.Equal(expected.OwnershipByBand, rates.OwnershipByBand);
        Assert.Equal(expected.LteShare, rates.LteShare);
        Assert.NotEqual(observation.LteShare, rates.LteShare);
        Assert.Equal(plan.CellCount, ReferenceReader.ReadCellPlan(Path.Combine(_folders.Reference, ContractFormat.CellPlanFile)).Entries.Count);
    }
}
