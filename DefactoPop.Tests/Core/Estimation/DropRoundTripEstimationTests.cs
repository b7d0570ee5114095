using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Estimation;

/// <summary>
/// The file path (simulate writes the operator's and the city's files, estimate reads only them) gives exactly the
/// estimates of an in-memory run with the same seed, the same inputs and the same calibration nights.
/// </summary>
public sealed class DropRoundTripEstimationTests : IDisposable
{
    private static readonly DateOnly[] s_days = [new(2017, 10, 10), new(2017, 10, 11), new(2017, 10, 12), new(2017, 10, 13)];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dp-roundtrip-" + Guid.NewGuid().ToString("N"));

    private static TestWorld World => TestWorld.Small;

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private ScenarioFolders Emit()
    {
        var city = World.TestCity.City;
        var folders = new ScenarioFolders(_root);
        var validFrom = new DateOnly(2017, 1, 1);
        ScenarioEmitter.WriteReference(folders, World.Plan, city, World.Simulation.Observation, World.Seed, validFrom);
        ScenarioEmitter.WriteCity(folders, city, World.Seed);
        var cellPlan = OperatorEmitter.CellPlanOf(World.Plan, validFrom);
        foreach (var day in s_days)
            ScenarioEmitter.WriteDay(folders, city, World.Plan, cellPlan, World.TestCity.Truth, World.Simulation.Observation, World.Seed, day);
        return folders;
    }

    private static EstimationOptions FileOptions(ScenarioFolders folders, CityFrame frame) => PublishedAssumptions.Apply(
        new EstimationOptions(),
        ReferenceReader.ReadPublishedRates(Path.Combine(folders.Reference, ContractFormat.PublishedRatesFile)),
        ReferenceReader.ReadSubscriberBase(Path.Combine(folders.Reference, ContractFormat.SubscriberBaseFile)),
        frame);

    [Fact]
    public void Estimate_FromEmittedFiles_EqualsInMemoryRunOfTheSameSeed()
    {
        var folders = Emit();
        var frame = CityFrameBuilder.From(CityFolder.Read(folders.City));
        var options = FileOptions(folders, frame);
        var plan = ReferenceReader.ReadCellPlan(Path.Combine(folders.Reference, ContractFormat.CellPlanFile));
        var series = new DropSeries(folders.Drops, plan, frame, options);
        var fromFiles = s_days.Select(series.Estimate).ToList();

        var city = World.TestCity.City;
        var memoryFrame = CityHandover.FrameOf(city, CensusBuilder.Build(city, World.Seed, CensusBuilder.DefaultReferenceDate));
        var validFrom = new DateOnly(2017, 1, 1);
        var memoryOptions = PublishedAssumptions.Apply(new EstimationOptions(),
            OperatorPublication.RatesOf(World.Simulation.Observation, World.Seed, validFrom),
            OperatorPublication.SubscriberBaseOf(city, World.Simulation.Observation, World.Seed, validFrom), memoryFrame);
        var sim = World.Simulation with { Estimation = memoryOptions };
        var view = SimulatedEstimation.ViewOf(World.Plan, memoryFrame);

        Assert.True(fromFiles[0].WarmUp);
        Assert.Equal(s_days[..3], fromFiles[3].Nights);
        Assert.False(fromFiles[3].WarmUp);
        foreach (var day in fromFiles)
        {
            Assert.True(day.IsValid, string.Join("; ", day.Issues));
            var calibration = SimulatedEstimation.Calibrate(city, World.Plan, memoryFrame, view, day.Nights, World.TestCity.Truth, sim);
            var memory = SimulatedEstimation.EstimateDay(city, World.Plan, memoryFrame, view, calibration, day.Date, World.TestCity.Truth, sim);
            for (var h = 0; h < 24; h++)
            {
                Assert.Equal(memory[h].Domestic, day.Hours![h].Domestic);
                Assert.Equal(memory[h].LongTerm, day.Hours[h].LongTerm);
                Assert.Equal(memory[h].ShortTerm, day.Hours[h].ShortTerm);
                Assert.Equal(memory[h].TotalLower, day.Hours[h].TotalLower);
                Assert.Equal(memory[h].TotalUpper, day.Hours[h].TotalUpper);
            }
        }
    }

    [Fact]
    public void Estimate_DayWithAlteredCount_IsRefusedAndLaterDaysStillEstimate()
    {
        var folders = Emit();
        var frame = CityFrameBuilder.From(CityFolder.Read(folders.City));
        var plan = ReferenceReader.ReadCellPlan(Path.Combine(folders.Reference, ContractFormat.CellPlanFile));
        // Any change to a delivered file breaks its manifest checksum.
        var outages = Path.Combine(DropWriter.DayFolder(folders.Drops, s_days[1]), "outages.csv");
        File.AppendAllText(outages, "\n");
        var series = new DropSeries(folders.Drops, plan, frame, FileOptions(folders, frame));
        var refused = series.Estimate(s_days[1]);
        Assert.False(refused.IsValid);
        Assert.Contains(refused.Issues, i => i.ToString().Contains("sha256", StringComparison.OrdinalIgnoreCase));
        var later = series.Estimate(s_days[3]);
        Assert.True(later.IsValid);
        // The refused day's night is not used for calibration.
        Assert.Equal([s_days[0], s_days[2]], later.Nights);
    }

    [Fact]
    public void Census_FromEmittedFiles_IsUsualResidentsNotTheNightPresence()
    {
        var folders = Emit();
        var frame = CityFrameBuilder.From(CityFolder.Read(folders.City));
        Assert.Equal(CensusBuilder.DefaultReferenceDate, frame.CensusDate);
        var census = frame.CensusDomestic!.Sum(v => (double)v);
        var night = new MovementModel(World.TestCity.City).CensusNight().Domestic.Sum(v => (double)v);
        // The census counts residents where they live: no overnight visitors, minus its coverage error.
        Assert.True(census < night, $"census {census:N0} vs presence at 04:00 {night:N0}");
    }
}
