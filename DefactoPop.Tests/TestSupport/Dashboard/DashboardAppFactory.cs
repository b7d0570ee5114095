using DefactoPop.Core.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>
/// The real app on Kestrel (loopback, free port). By default the read store is replaced by <see cref="TestPopulationStore"/>;
/// with <see cref="ForDatabase"/> it serves a real SQLite file. Seeding on start is off.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    private readonly IPopulationReadStore? _store;
    private readonly string _dbPath;
    private IReadOnlyDictionary<string, string>? _settings;

    /// <summary>Extra test services (a capturing logger provider, a fake), applied after the app's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public DashboardAppFactory(IPopulationReadStore? store = null)
        : this(store ?? new TestPopulationStore(), Path.Combine(Path.GetTempPath(), "defactopop-e2e-" + Guid.NewGuid().ToString("N") + ".db"))
    {
    }

    private DashboardAppFactory(IPopulationReadStore? store, string dbPath)
    {
        _store = store;
        _dbPath = dbPath;
        UseKestrel(0);
    }

    /// <summary>The app over an existing database file, with the real SQLite read store.</summary>
    public static DashboardAppFactory ForDatabase(string dbPath, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null) =>
        new(null, dbPath) { _settings = settings, TestServices = testServices };

    /// <summary>Starts Kestrel and returns the base address, e.g. http://127.0.0.1:41234.</summary>
    public string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("DetailedErrors", "true");
        builder.UseSetting("Data:DbPath", _dbPath);
        builder.UseSetting("Data:SeedOnStart", "false");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (_store is not null)
            {
                services.RemoveAll<IPopulationReadStore>();
                services.AddSingleton(_store);
            }
            TestServices?.Invoke(services);
        });
    }
}
