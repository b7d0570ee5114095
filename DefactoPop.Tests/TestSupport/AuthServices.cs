using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.TestSupport;

/// <summary>The data services and the auth store (users, audit log) over a test store's file, as the verbs build them.</summary>
public static class AuthServices
{
    public static ServiceProvider For(TestStore store, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ForStore(store.Db, time);
    }

    /// <summary>The same over any store: a SQLite file or a PostgreSQL connection string.</summary>
    public static ServiceProvider ForStore(string db, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (time is not null)
            services.AddSingleton(time);
        services.AddDefactoPopData(configuration, db);
        services.AddLogging();
        services.AddAuthStore(configuration);
        return services.BuildServiceProvider();
    }
}
