using System.Security.Cryptography;
using DefactoPop.Core.Abstractions;
using DefactoPop.Web.Data.Export;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.TestSupport;

/// <summary>
/// A real store with the app's data services: a SQLite file in a temp folder, or a database of its own on the test
/// PostgreSQL server (<see cref="PostgresTestServer"/>); deleted on dispose. The temp folder holds the test's files either way.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _postgres;

    private TestStore(string dir, ServiceProvider services, string? postgres)
    {
        Directory = dir;
        Services = services;
        _postgres = postgres;
    }

    public StoreProvider Provider => _postgres is null ? StoreProvider.Sqlite : StoreProvider.Postgres;

    /// <summary>What --db takes for this store: the SQLite file or the PostgreSQL connection string.</summary>
    public string Db => _postgres ?? DbPath;

    public string Directory { get; }
    public string DbPath => Path.Combine(Directory, "test.db");
    public ServiceProvider Services { get; }
    public StoreDatabase Database => Services.GetRequiredService<StoreDatabase>();
    /// <summary>What the dashboard reads by default: the public view, with the release's suppressions.</summary>
    public IPopulationReadStore Read => Services.GetRequiredService<IPopulationReadStore>();

    /// <summary>The raw estimates (Disclosure:Mode=internal), for validation and interval checks.</summary>
    public IPopulationReadStore InternalRead => new PopulationReadStore(Database, Catalogs,
        new DisclosureView(Database, Catalogs, Microsoft.Extensions.Options.Options.Create(new DisclosureSettings { Mode = "internal" })));
    public ImportService Imports => Services.GetRequiredService<ImportService>();
    public ExportService Exports => Services.GetRequiredService<ExportService>();
    public ZoneCatalogCache Catalogs => Services.GetRequiredService<ZoneCatalogCache>();

    /// <param name="seoulDistricts">Whether the store starts with Seoul's 25 districts, as the CLI and the app seed it; off for a test city of its own.</param>
    /// <param name="provider">SQLite (the default) or PostgreSQL.</param>
    public static async Task<TestStore> CreateAsync(bool seoulDistricts = true, StoreProvider provider = StoreProvider.Sqlite)
    {
        var dir = Path.Combine(Path.GetTempPath(), "defactopop-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var postgres = provider == StoreProvider.Postgres ? await PostgresTestServer.CreateDatabaseAsync() : null;
        var services = new ServiceCollection();
        services.AddDefactoPopData(new ConfigurationBuilder().Build(), postgres ?? Path.Combine(dir, "test.db"));
        var store = new TestStore(dir, services.BuildServiceProvider(), postgres);
        if (seoulDistricts)
            await store.Imports.EnsureReadyAsync();
        else
            await store.Database.MigrateAsync();
        return store;
    }

    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Row counts of every table and a SHA-256 over their contents in key order.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var connection = await Database.OpenConnectionAsync();
        var group = Provider == StoreProvider.Postgres ? "\"group\"" : "\"Group\"";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var parts = new List<string>();
        foreach (var (table, order) in new[] { ("Zone", "Id"), ("PopBlock", "Key"), ("Registered", $"ZoneId, {group}, Sex, Band"), ("DailyStat", "ZoneId, Day"), ("ImportedFile", "Id"), ("Meta", "Key") })
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var v = reader.GetValue(i);
                    hash.AppendData(v is byte[] b ? b : System.Text.Encoding.UTF8.GetBytes(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "null"));
                    hash.AppendData([0]);
                }
            }
            parts.Add($"{table}={rows}");
        }
        return string.Join(";", parts) + ";" + Convert.ToHexString(hash.GetHashAndReset());
    }

    public async ValueTask DisposeAsync()
    {
        var importLock = Services.GetRequiredService<ImportLock>().Path;
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_postgres);
            File.Delete(importLock); // a PostgreSQL store's lock is in the temp folder, not in the test's
        }
        try
        {
            System.IO.Directory.Delete(Directory, true);
        }
        catch (IOException)
        {
        }
    }
}
