namespace DefactoPop.Web.Hosting;

public static class DataServiceExtensions
{
    public static IServiceCollection AddDefactoPopData(this IServiceCollection services, IConfiguration configuration, string? dbPath)
    {
        return services;
    }
}
