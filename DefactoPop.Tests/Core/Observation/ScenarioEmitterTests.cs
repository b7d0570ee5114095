using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
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
}
