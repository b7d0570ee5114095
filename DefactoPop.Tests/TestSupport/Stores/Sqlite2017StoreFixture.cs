using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Data.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.TestSupport.Stores;

/// <summary>
/// The path a user gets: the small test city simulated for late September to the Chuseok break of 2017 by the
/// product's <see cref="SimulationService"/> into a real SQLite file, read back by the product's read store.
/// Built once per collection; the app and browser over it start on first use.
/// </summary>
public sealed class Sqlite2017StoreFixture : IAsyncLifetime, IDashboardStoreFixture
{
    /// <summary>Monday 2017-09-25: five ordinary weekdays before the break, so day-type effects have a baseline.</summary>
    public static DateOnly From { get; } = new(2017, 9, 25);

    /// <summary>Saturday 2017-10-07, the last day of the window (the break runs 09-30 to 10-09).</summary>
    public static DateOnly To { get; } = new(2017, 10, 7);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoreBrowser? _browser;

    public TestStore Store { get; private set; } = null!;

    public StoreFacts Facts { get; } = new("synthetic", new DateOnly(2017, 10, 4), HasRegister: true, HasForeigners: true, HasDongs: true);

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestCityFactory.Create(new TestCityOptions { OaCount = 600, Columns = 30 }).City;
        var simulation = Store.Services.GetRequiredService<SimulationService>();
        await simulation.RunAsync(new SimulationRequest(From, To, city.Seed) { City = city });
    }

    public async Task<StoreBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await StoreBrowser.StartAsync(Store.DbPath);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        await Store.DisposeAsync();
        _gate.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class Sqlite2017Collection : ICollectionFixture<Sqlite2017StoreFixture>
{
    public const string Name = "SQLite 2017 store";
}
