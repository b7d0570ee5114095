using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace DefactoPop.Web.Cli;

/// <summary>The services a verb needs, without the web host.</summary>
public static class CliServices
{
    /// <param name="internalView">Read raw estimates (validation against the truth, benchmarks); verbs that show figures read what the release publishes.</param>
    public static ServiceProvider Build(string? dbPath, bool internalView = false)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("DEFACTOPOP_")
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDefactoPopData(configuration, dbPath);
        services.AddLogging();
        services.AddAuthStore(configuration);
        if (internalView)
            services.PostConfigure<Data.Stores.DisclosureSettings>(d => d.Mode = "internal");
        return services.BuildServiceProvider();
    }
}
