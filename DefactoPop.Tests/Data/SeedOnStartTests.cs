using DefactoPop.Core.Abstractions;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Simulation;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DefactoPop.Tests.Data;

/// <summary>Serving a store seeds the embedded default only into an empty store or the default scenario's own store.</summary>
public class SeedOnStartTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Serve_StoreWithDataOfAnotherKind_LeftAloneWithoutError(bool otherScenario)
    {
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var fixture = OfficialFileFixtures.All().First();
        await store.Imports.ImportFileAsync(store.WriteFile(fixture.FileName, fixture.Bytes));
        if (otherScenario)
        {
            var week = SimulationRequest.Default with { From = new DateOnly(2017, 12, 11), To = new DateOnly(2017, 12, 17) };
            await MetaStore.SetAsync(store.Database, MetaKeys.Scenario, SimulationService.ScenarioKey(week));
        }
        var before = await store.FingerprintAsync();
        using var logs = new TestLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(store.Services,
            new ConfigurationBuilder().Build(), loggers.CreateLogger<DatabaseInitializer>());

        await initializer.StartAsync(CancellationToken.None);
        await initializer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logs.Entries, e => e.Message.StartsWith("Seeding", StringComparison.Ordinal));
        Assert.Null(store.Services.GetRequiredService<ISimulationProgress>().Current);
        Assert.Equal(before, await store.FingerprintAsync());
    }
}
