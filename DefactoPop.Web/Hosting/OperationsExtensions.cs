namespace DefactoPop.Web.Hosting;

/// <summary>
/// Operations: GET /healthz, a logging scope with the request's correlation id (the JSON console logs of appsettings.json
/// carry it), and the Korean-first error page for unhandled exceptions.
/// </summary>
public static class OperationsExtensions
{
    public const string HealthPath = "/healthz";

    public const string CorrelationHeader = "X-Correlation-Id";

    public static IServiceCollection AddOperations(this IServiceCollection services) =>
        services.AddSingleton<StoreHealth>();

    /// <summary>Call first: the correlation scope wraps the error page, so the exception's log entry carries the id too.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DefactoPop.Web.Requests");
        app.Use(async (context, next) =>
        {
            var id = ErrorPage.CorrelationId(context);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[CorrelationHeader] = id;
                return Task.CompletedTask;
            });
            using (requests.BeginScope(new CorrelationScope(id)))
                await next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ErrorPage.WriteAsync,
            SuppressDiagnosticsCallback = _ => true, // the error page logs the exception itself, with the correlation id
        });
        app.MapGet(HealthPath, async (StoreHealth health, CancellationToken ct) =>
        {
            var report = await health.CheckAsync(ct);
            return Results.Json(report, statusCode: report.Database.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous(); // probes do not sign in
        return app;
    }
}

/// <summary>The logging scope of a request: CorrelationId (its JSON form is {"Message":"CorrelationId:…","CorrelationId":"…"}).</summary>
public sealed class CorrelationScope(string id) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Id { get; } = id;

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new("CorrelationId", Id) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "CorrelationId:" + Id;
}
