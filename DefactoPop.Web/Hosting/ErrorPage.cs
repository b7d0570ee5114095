using System.Diagnostics;
using System.Net;
using DefactoPop.Web.Localisation;
using Microsoft.AspNetCore.Diagnostics;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// What a user sees when a request fails: a Korean-first page (then English) with the request's correlation id, the id
/// also logged with the exception. The exception's details only in Development.
/// </summary>
public static class ErrorPage
{
    /// <summary>The request's correlation id: its W3C trace id (what the JSON logs carry as TraceId), else ASP.NET's request id.</summary>
    public static string CorrelationId(HttpContext context) =>
        Activity.Current is { } a && a.TraceId != default ? a.TraceId.ToHexString() : context.TraceIdentifier;

    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var id = CorrelationId(context);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPage).FullName!);
        logger.LogError(error, "Unhandled exception on {Method} {Path}; correlation id {CorrelationId}", context.Request.Method, context.Request.Path.Value, id);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        var details = context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment() ? error?.ToString() : null;
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.WriteAsJsonAsync(new { error = UiText.Both("error.title").Ko + " / " + UiText.Both("error.title").En, correlationId = id, details });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html(id, details));
    }

    public static string Html(string id, string? details)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var (titleKo, titleEn) = UiText.Both("error.title");
        var (bodyKo, bodyEn) = UiText.Both("error.body");
        var (quoteKo, quoteEn) = UiText.Both("error.quote");
        var (homeKo, homeEn) = UiText.Both("error.home");
        var trace = details is null ? "" : $"<pre class=\"details\">{E(details)}</pre>";
        return $$"""
            <!DOCTYPE html>
            <html lang="ko">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{{E(titleKo)}} · {{E(titleEn)}}</title>
            <style>
            body { font-family: system-ui, "Noto Sans KR", sans-serif; margin: 0; background: #f5f6f8; color: #1f2933; }
            main { max-width: 40rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.1); }
            h1 { font-size: 1.5rem; margin-top: 0; } h2 { font-size: 1.1rem; color: #52606d; }
            code { font-size: 1.05rem; background: #eef1f4; padding: .1rem .4rem; border-radius: 4px; user-select: all; }
            .en { color: #52606d; border-top: 1px solid #e4e7eb; margin-top: 1.5rem; padding-top: 1rem; }
            pre.details { white-space: pre-wrap; font-size: .8rem; background: #fff4f4; padding: 1rem; overflow: auto; }
            </style>
            </head>
            <body>
            <main>
            <h1>{{E(titleKo)}}</h1>
            <p>{{E(bodyKo)}}</p>
            <p>{{E(quoteKo)}} <code id="correlation-id">{{E(id)}}</code></p>
            <div class="en" lang="en">
            <h2>{{E(titleEn)}}</h2>
            <p>{{E(bodyEn)}}</p>
            <p>{{E(quoteEn)}} <code>{{E(id)}}</code></p>
            </div>
            <p><a href="/">{{E(homeKo)}} / {{E(homeEn)}}</a></p>
            {{trace}}
            </main>
            </body>
            </html>
            """;
    }
}
