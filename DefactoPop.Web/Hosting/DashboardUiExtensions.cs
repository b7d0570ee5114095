using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Components;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using MudBlazor.Services;

namespace DefactoPop.Web.Hosting;

public static class DashboardUiExtensions
{
    private static readonly CultureInfo[] s_cultures = [new("ko"), new("en")];

    public static IServiceCollection AddDashboardUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 4 * 1024 * 1024);
        services.AddMudServices();
        services.AddSecurityHeaders();
        services.Configure<DashboardOptions>(configuration.GetSection(DashboardOptions.Section));
        services.AddSingleton<GeometryCache>();
        // A factory, so the host builds (and validates) before the data layer registers the read store.
        services.AddScoped(sp => new DashboardData(sp.GetRequiredService<DefactoPop.Core.Abstractions.IPopulationReadStore>()));
        services.AddScoped<UiText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("ko");
            o.SupportedCultures = s_cultures;
            o.SupportedUICultures = s_cultures;
            o.RequestCultureProviders = [new UrlLanguage.Provider()];
        });
        return services;
    }

    public static WebApplication UseDashboardUi(this WebApplication app)
    {
        app.Use(UrlLanguage.WriteCookieAsync);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous(); // the sign-in page's styles and scripts, when sign-in is required
        app.MapGet("/geo/{level}.geojson", ServeGeometryAsync);
        app.MapGet("/culture", SetCulture);
        app.MapGet(Routing.DashboardUrls.ReleasesPath + "/{date}/{file}", ServeReleaseFile);
        app.MapBriefingDeck();
        app.MapBriefingAnimation();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>A file the day's release manifest lists (nothing else of the folder), as a download.</summary>
    private static IResult ServeReleaseFile(string date, string file, Data.Releases.ReleaseLog log)
    {
        if (!DateOnly.TryParseExact(date, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            || log.FilePath(day, file) is not { } path || !File.Exists(path))
            return Results.NotFound();
        var type = file.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv";
        return Results.File(path, type, file);
    }

    private static IResult SetCulture(HttpContext context, string? lang, string? returnUrl)
    {
        var culture = lang == "en" ? "en" : "ko";
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), UrlLanguage.Options);
        return Results.LocalRedirect(LocalTarget(returnUrl));
    }

    /// <summary>
    /// The path and query of a local return URL, percent-escaped (a Location header takes ASCII only); "/" for anything
    /// that leaves the site ("//host", "/\\host", "https://…") or does not parse.
    /// </summary>
    public static string LocalTarget(string? returnUrl)
    {
        var origin = new Uri("http://localhost/");
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.Length > 4096
            || !Uri.TryCreate(origin, returnUrl, out var uri) || !string.Equals(uri.Authority, origin.Authority, StringComparison.Ordinal))
            return "/";
        var target = uri.PathAndQuery + uri.Fragment;
        return target.StartsWith("//", StringComparison.Ordinal) || target.StartsWith("/\\", StringComparison.Ordinal) ? "/" : target;
    }

    /// <summary>GeoJSON per level: ETag, long caching when versioned, brotli or gzip as the client accepts.</summary>
    private static async Task<IResult> ServeGeometryAsync(HttpContext context, string level, string? v, GeometryCache cache)
    {
        ZoneLevel zl;
        try
        {
            zl = ZoneLevels.Parse(level);
        }
        catch (FormatException)
        {
            return Results.NotFound();
        }
        var file = await cache.GetAsync(zl);
        if (file is null)
            return Results.NotFound();
        var etag = new EntityTagHeaderValue($"\"{file.Version}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = v == file.Version
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { Public = true, NoCache = true };
        context.Response.Headers.Vary = "Accept-Encoding";
        var ifNone = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNone.Any(t => t.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var accept = context.Request.Headers.AcceptEncoding.ToString();
        byte[] body = file.Raw;
        if (accept.Contains("br", StringComparison.OrdinalIgnoreCase))
        {
            body = file.Brotli;
            context.Response.Headers.ContentEncoding = "br";
        }
        else if (accept.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = file.Gzip;
            context.Response.Headers.ContentEncoding = "gzip";
        }
        return Results.Bytes(body, "application/geo+json");
    }
}
