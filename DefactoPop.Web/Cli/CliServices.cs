using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace DefactoPop.Web.Cli;

/// <summary>The services a verb needs, without the web host.</summary>
public static class CliServices
{
    public static ServiceProvider Build(string? dbPath)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("DEFACTOPOP_")
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDefactoPopData(configuration, dbPath);
        return services.BuildServiceProvider();
    }
}
