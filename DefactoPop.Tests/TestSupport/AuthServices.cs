using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.TestSupport;

/// <summary>The data services and the auth store (users, audit log) over a test store's file, as the verbs build them.</summary>
public static class AuthServices
{
    public static ServiceProvider For(TestStore store, string? provider = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Provider"] = provider }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (time is not null)
            services.AddSingleton(time);
        services.AddDefactoPopData(configuration, store.DbPath);
        services.AddLogging();
        services.AddAuthStore(configuration);
        return services.BuildServiceProvider();
    }
}
