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
    /// <summary>The SQLite store, its read side and the importers. <paramref name="dbPath"/> (from --db) wins over Data:DbPath.</summary>
    public static IServiceCollection AddDefactoPopData(this IServiceCollection services, IConfiguration configuration, string? dbPath)
    {
        var path = Path.GetFullPath(dbPath ?? configuration["Data:DbPath"] ?? DefaultDatabase.Resolve(Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
        var connectionString = StoreDatabase.ConnectionStringFor(path);
        services.AddDbContextFactory<DefactoPopDbContext>(o => o.UseSqlite(connectionString));
        services.AddSingleton(sp => new StoreDatabase(sp.GetRequiredService<IDbContextFactory<DefactoPopDbContext>>(), connectionString, Console.Error));
        services.AddSingleton<ZoneCatalogCache>();
        services.Configure<DisclosureSettings>(configuration.GetSection(DisclosureSettings.Section));
        services.Configure<Data.Releases.ReleaseSettings>(configuration.GetSection(Data.Releases.ReleaseSettings.Section));
        services.PostConfigure<Data.Releases.ReleaseSettings>(r => r.Root ??= Path.Combine(Path.GetDirectoryName(path)!, "releases"));
        services.AddSingleton<Data.Releases.ReleaseLog>();
        services.AddSingleton<DisclosureView>();
        services.AddSingleton<PopulationReadStore>();
        services.AddSingleton<IPopulationReadStore>(sp => sp.GetRequiredService<PopulationReadStore>());
        services.AddSingleton<PopulationImporter>();
        services.AddSingleton<ReferenceImporter>();
        services.AddSingleton(new ImportLock(path));
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
        return services;
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
