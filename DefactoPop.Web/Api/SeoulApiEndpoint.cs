using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DefactoPop.Web.Api;

/// <summary>
/// The open-data API in Seoul's form: GET /{KEY}/{json|xml}/{SERVICE}/{START_INDEX}/{END_INDEX}/{STDR_DE_ID?}/{TMZON_PD_SE?}/{ADSTRD_CODE_SE?}.
/// Indexes count from 1, at most 1,000 rows a call; an optional argument may be skipped with a blank segment, as
/// Seoul's clients do. Every answer is HTTP 200 with Seoul's result code, except a key over its rate (HTTP 429).
/// </summary>
public static class SeoulApiEndpoint
{
    public const string RatePolicy = "seoul-api";
    public const int MaxRows = 1000;

    public static IServiceCollection AddSeoulApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SeoulApiData>();
        services.AddSingleton<ApiKeyStore>();
        var perSecond = configuration.GetValue("Api:RequestsPerSecond", 300);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RatePolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Request.RouteValues["key"]?.ToString() ?? "",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                var xml = context.HttpContext.Request.RouteValues["type"]?.ToString() == "xml";
                await SeoulApiResult.Error(xml, "ERROR-429", StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public static void MapSeoulApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/{key}/{type:regex(^(json|xml)$)}/{**rest}", HandleAsync)
            .RequireRateLimiting(RatePolicy)
            .AllowAnonymous() // its own keys, also when the dashboard requires sign-in
            .WithName("SeoulOpenApi")
            .WithSummary("서울 열린데이터광장 Open API와 같은 형식의 생활인구 (공개 기준 적용)")
            .WithDescription("rest = SERVICE/START_INDEX/END_INDEX[/STDR_DE_ID[/TMZON_PD_SE[/ADSTRD_CODE_SE]]]. Services: "
                + string.Join(", ", SeoulApiServices.All.Keys) + ". Masked cells are \"*\".");
    }

    private static async Task<IResult> HandleAsync(string key, string type, string? rest, ApiKeyStore keys, SeoulApiData data, CancellationToken ct)
    {
        var xml = type == "xml";
        try
        {
            if (!await keys.IsValidAsync(key, ct))
                return SeoulApiResult.Error(xml, "INFO-100");
            var args = (rest ?? "").Split('/').Select(a => Uri.UnescapeDataString(a).Trim()).ToArray();
            if (args.Length < 1 || args[0].Length == 0)
                return SeoulApiResult.Error(xml, "ERROR-300");
            if (!SeoulApiServices.All.TryGetValue(args[0], out var service))
                return SeoulApiResult.Error(xml, "ERROR-310");
            if (args.Length < 3 || args[1].Length == 0 || args[2].Length == 0)
                return SeoulApiResult.Error(xml, "ERROR-300");
            if (!long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !long.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                return SeoulApiResult.Error(xml, "ERROR-333");
            if (start < 1)
                return SeoulApiResult.Error(xml, "ERROR-331");
            if (end < 1)
                return SeoulApiResult.Error(xml, "ERROR-332");
            if (start > end)
                return SeoulApiResult.Error(xml, "ERROR-334");
            if (end - start + 1 > MaxRows)
                return SeoulApiResult.Error(xml, "ERROR-336");

            string? Arg(int i) => args.Length > i && args[i].Length > 0 ? args[i] : null;
            DateOnly? date = null;
            if (Arg(3) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    return SeoulApiResult.Error(xml, "INFO-200");
                date = parsed;
            }
            int? hour = null;
            if (!service.Daily && Arg(4) is { } h)
            {
                if (!int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > 23)
                    return SeoulApiResult.Error(xml, "INFO-200");
                hour = parsed;
            }
            var zone = Arg(service.Daily ? 4 : 5);
            var (total, rows) = await data.QueryAsync(service, start, end, date, hour, zone, ct);
            return rows.Count == 0 ? SeoulApiResult.Error(xml, "INFO-200") : SeoulApiResult.Rows(xml, service, total, rows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SeoulApiResult.Error(xml, "ERROR-500");
        }
    }
}
