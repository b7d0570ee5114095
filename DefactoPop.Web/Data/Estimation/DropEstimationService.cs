using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Data.Estimation;

/// <summary>What <c>estimate</c> reads: the operator's drops folder, the city folder, and an optional date range.</summary>
public sealed record EstimateRequest(string Drops, string City, DateOnly? From = null, DateOnly? To = null, int Window = 7);

/// <summary>The outcome of one day: stored (with its calibration nights) or refused (with its issues).</summary>
public sealed record EstimatedDay(DateOnly Date, bool Stored, IReadOnlyList<DateOnly> Nights, bool WarmUp, IReadOnlyList<ImportIssue> Issues);

/// <summary>
/// Estimates from the operator's files into the store: reads the city folder and the reference files, then each day
/// of the range from its drop (<see cref="DropSeries"/>), one transaction per day. A re-run replaces a day; a refused
/// day stores nothing and the others still load.
/// </summary>
public sealed class DropEstimationService(StoreDatabase database, ZoneCatalogCache catalogs, TimeProvider time)
{
    public async Task<IReadOnlyList<EstimatedDay>> RunAsync(EstimateRequest request, IProgress<(int Done, int Total, DateOnly Day)>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = Path.Combine(request.Drops, "reference");
        var frame = CityFrameBuilder.From(CityFolder.Read(request.City));
        var plan = ReferenceReader.ReadCellPlan(Path.Combine(reference, ContractFormat.CellPlanFile));
        var options = PublishedAssumptions.FromReference(reference, frame);
        await CityCatalog.EnsureAsync(database, catalogs, frame, ct);

        var series = new DropSeries(request.Drops, plan, frame, options, request.Window);
        var days = series.Days.Where(d => (request.From is null || d >= request.From) && (request.To is null || d <= request.To)).ToList();
        var results = new List<EstimatedDay>();
        foreach (var day in days)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report((results.Count, days.Count, day));
            var estimate = await Task.Run(() => series.Estimate(day), ct);
            if (estimate.Hours is { } hours)
                await EstimateWriter.StoreDayAsync(database, catalogs, frame, hours, time.GetUtcNow(), ct);
            results.Add(new EstimatedDay(day, estimate.IsValid, estimate.Nights, estimate.WarmUp, estimate.Issues));
        }
        progress?.Report((results.Count, days.Count, days.Count > 0 ? days[^1] : default));
        return results;
    }
}
