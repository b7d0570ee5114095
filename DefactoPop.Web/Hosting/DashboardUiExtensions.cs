namespace DefactoPop.Web.Hosting;

public static class DashboardUiExtensions
{
    public static IServiceCollection AddDashboardUi(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static WebApplication UseDashboardUi(this WebApplication app)
    {
        app.MapGet("/", () => "DefactoPop");
        return app;
    }
}
