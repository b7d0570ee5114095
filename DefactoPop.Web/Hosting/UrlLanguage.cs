using Microsoft.AspNetCore.Localization;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// The URL decides the language: a page opened with <c>?lang=en</c> is English and one without it Korean, in a fresh
/// browser too. A page request also writes its language to the culture cookie, which the circuit's connection that
/// follows carries (it has no query of its own), so the interactive page speaks the language of its URL.
/// </summary>
public static class UrlLanguage
{
    private static readonly string[] s_nonPages = ["/_blazor", "/_framework", "/_content", "/lib/", "/geo/", "/api/", "/culture"];

    /// <summary>The culture of a request: the URL's <c>lang</c>; for a page without one Korean; otherwise the cookie.</summary>
    public sealed class Provider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            if (IsPage(httpContext.Request))
                return Task.FromResult<ProviderCultureResult?>(new(LanguageOf(httpContext.Request)));
            var cookie = httpContext.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
            return Task.FromResult(cookie is null ? null : CookieRequestCultureProvider.ParseCookieValue(cookie));
        }
    }

    /// <summary>Writes a page request's language to the culture cookie when it differs.</summary>
    public static async Task WriteCookieAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (IsPage(context.Request))
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(LanguageOf(context.Request)));
            if (context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != value)
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value, Options);
        }
        await next();
    }

    public static CookieOptions Options => new()
    {
        MaxAge = TimeSpan.FromDays(365),
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        HttpOnly = true,
    };

    /// <summary>"en" when the query says so, else "ko".</summary>
    public static string LanguageOf(HttpRequest request) =>
        string.Equals(request.Query[Routing.QueryKeys.Lang], "en", StringComparison.OrdinalIgnoreCase) ? "en" : "ko";

    /// <summary>A browser's request for a page (HTML), not for the circuit, a file or an endpoint.</summary>
    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method))
            return false;
        var path = request.Path.Value ?? "/";
        if (s_nonPages.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path))
            return false;
        return request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }
}
