using DefactoPop.Web.Api;
using Scalar.AspNetCore;

namespace DefactoPop.Web.Hosting;

/// <summary>The Seoul-compatible open-data API, its OpenAPI document (/openapi/v1.json) and reference page (/scalar/v1).</summary>
public static class OpenDataApiExtensions
{
    public static IServiceCollection AddOpenDataApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenApi();
        return services.AddSeoulApi(configuration);
    }

    public static WebApplication UseOpenDataApi(this WebApplication app)
    {
        app.MapSeoulApi();
        app.MapOpenApi();
        // Under the dashboard's CSP: the reference's inline script carries this request's nonce; no web fonts from elsewhere.
        app.MapScalarApiReference((options, context) =>
        {
            options.DisableDefaultFonts();
            if (SecurityHeaders.Nonce(context) is { } nonce)
                options.WithNonce(nonce);
        });
        return app;
    }
}
