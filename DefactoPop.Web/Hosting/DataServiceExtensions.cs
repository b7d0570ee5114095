using DefactoPop.Core.Abstractions;
using DefactoPop.Web.Data;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Simulation;
using DefactoPop.Web.Data.Stores;
using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Hosting;

public static class DataServiceExtensions
{
    /// <summary>
    /// The store, its read side and the importers. <paramref name="dbPath"/> (from --db: a SQLite file or a PostgreSQL
    /// connection string) wins over configuration (Data:Provider=postgres with Data:ConnectionString or
    /// ConnectionStrings:Postgres; else Data:DbPath, a SQLite file).
    /// </summary>
    public static IServiceCollection AddDefactoPopData(this IServiceCollection services, IConfiguration configuration, string? dbPath)
    {
        var location = StoreLocationOf(configuration, dbPath);
        if (location.Provider == StoreProvider.Postgres)
        {
            var pg = location.PostgresConnectionString;
            var options = new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(pg).Options;
            services.AddSingleton<IDbContextFactory<DefactoPopDbContext>>(new PostgresContextFactory(options));
            services.AddSingleton(sp => new StoreDatabase(sp.GetRequiredService<IDbContextFactory<DefactoPopDbContext>>(), pg, Console.Error, StoreProvider.Postgres));
            // Writers of one PostgreSQL database wait for each other on any machine (an advisory lock in the database).
            AddStoreServices(services, configuration, new ImportLock(PostgresLockPath(pg), pg), Path.Combine(Directory.GetCurrentDirectory(), "releases"));
            return services;
        }
        var path = Path.GetFullPath(location.SqlitePath);
        var connectionString = StoreDatabase.ConnectionStringFor(path);
        services.AddDbContextFactory<DefactoPopDbContext>(o => o.UseSqlite(connectionString));
        services.AddSingleton(sp => new StoreDatabase(sp.GetRequiredService<IDbContextFactory<DefactoPopDbContext>>(), connectionString, Console.Error));
        AddStoreServices(services, configuration, new ImportLock(path), Path.Combine(Path.GetDirectoryName(path)!, "releases"));
        return services;
    }

    /// <summary>Where the configuration puts the store (see <see cref="AddDefactoPopData"/>).</summary>
    public static StoreLocation StoreLocationOf(IConfiguration configuration, string? dbPath)
    {
        if (dbPath is not null)
            return StoreLocation.Parse(dbPath);
        var provider = configuration["Data:Provider"];
        if (string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "postgresql", StringComparison.OrdinalIgnoreCase))
        {
            var cs = configuration["Data:ConnectionString"] ?? configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Data:Provider=postgres needs Data:ConnectionString or ConnectionStrings:Postgres.");
            return StoreLocation.PostgresProblem(cs) is { } problem ? throw new InvalidOperationException("Data:ConnectionString " + problem) : StoreLocation.Postgres(cs);
        }
        if (provider is not null && !string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Data:Provider '{provider}' is unknown (sqlite or postgres).");
        return new StoreLocation(StoreProvider.Sqlite, configuration["Data:DbPath"] ?? DefaultDatabase.Resolve(Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
    }

    private static string PostgresLockPath(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{b.Host}:{b.Port}/{b.Database}")))[..16];
        return Path.Combine(Path.GetTempPath(), "defactopop-locks", "postgres-" + id);
    }

    private static void AddStoreServices(IServiceCollection services, IConfiguration configuration, ImportLock importLock, string releases)
    {
        services.AddSingleton<ZoneCatalogCache>();
        services.Configure<DisclosureSettings>(configuration.GetSection(DisclosureSettings.Section));
        services.Configure<Data.Releases.ReleaseSettings>(configuration.GetSection(Data.Releases.ReleaseSettings.Section));
        services.PostConfigure<Data.Releases.ReleaseSettings>(r => r.Root ??= releases);
        services.AddSingleton<Data.Releases.ReleaseLog>();
        services.AddSingleton<DisclosureView>();
        services.AddSingleton<PopulationReadStore>();
        services.AddSingleton<IPopulationReadStore>(sp => sp.GetRequiredService<PopulationReadStore>());
        services.AddSingleton<PopulationImporter>();
        services.AddSingleton<ReferenceImporter>();
        services.AddSingleton(importLock);
        services.AddSingleton<ImportService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<SimulationService>();
        services.AddSingleton<Data.Siting.SyntheticSitingLayers>();
        services.AddSingleton<Data.Siting.SitingStore>();
        services.AddSingleton<Data.Siting.SitingService>();
        services.AddSingleton<Data.Briefing.BriefingBuilder>();
        services.AddSingleton<Data.Briefing.AnimationBuilder>();
        services.AddSingleton<DropEstimationService>();
        services.AddSingleton<ISimulationProgress>(sp => sp.GetRequiredService<SimulationService>());
        services.TryAddTimeProvider();
    }

    /// <summary>Hands out the PostgreSQL context, whose migrations are its own (Data/Migrations/Postgres).</summary>
    private sealed class PostgresContextFactory(DbContextOptions<PostgresDbContext> options) : IDbContextFactory<DefactoPopDbContext>
    {
        public DefactoPopDbContext CreateDbContext() => new PostgresDbContext(options);
    }

    /// <summary>Migration at start and the background seeding of the default scenario (server only).</summary>
    public static IServiceCollection AddDatabaseInitializer(this IServiceCollection services) =>
        services.AddHostedService<DatabaseInitializer>().AddHostedService<Data.Releases.ReleaseWatcher>();

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
