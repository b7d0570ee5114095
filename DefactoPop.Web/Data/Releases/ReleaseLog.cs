using System.Text.Json;
using DefactoPop.Core.Publication.Release;
using Microsoft.Extensions.Options;

namespace DefactoPop.Web.Data.Releases;

/// <summary>
/// Releases:Root (default: releases/ beside the store), Releases:Inbox and Releases:City (the watcher publishes new
/// drops every Releases:PollMinutes when both are set), Releases:AllowReprocess (the log page's "reprocess" action).
/// </summary>
public sealed class ReleaseSettings
{
    public const string Section = "Releases";

    public string? Root { get; set; }

    public string? Inbox { get; set; }

    public string? City { get; set; }

    public bool AllowReprocess { get; set; }

    public double PollMinutes { get; set; } = 5;

    public bool CanRun => !string.IsNullOrWhiteSpace(Inbox) && !string.IsNullOrWhiteSpace(City);
}

/// <summary>A quarantined drop: its date, why, and when.</summary>
public sealed record QuarantinedDrop(DateOnly Date, string Reason, DateTimeOffset? At);

/// <summary>What the release log page shows and does: released days with their manifests, quarantined drops, files, reprocessing.</summary>
public sealed class ReleaseLog(IOptions<ReleaseSettings> options)
{
    private readonly SemaphoreSlim _running = new(1, 1);

    public ReleaseSettings Settings => options.Value;

    public ReleaseFolders Folders => new(Settings.Root ?? "releases");

    public IReadOnlyList<ReleaseManifest> Days() =>
        [.. Folders.Days().OrderDescending().Select(d => ReleaseManifest.TryRead(Folders.Day(d))).OfType<ReleaseManifest>()];

    public IReadOnlyList<QuarantinedDrop> Quarantined()
    {
        if (!Directory.Exists(Folders.Quarantine))
            return [];
        var result = new List<QuarantinedDrop>();
        foreach (var file in Directory.GetFiles(Folders.Quarantine, "*.json").Order())
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = doc.RootElement;
            result.Add(new QuarantinedDrop(DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                root.GetProperty("reason").GetString() ?? "", root.TryGetProperty("at", out var at) ? at.GetDateTimeOffset() : null));
        }
        return result;
    }

    /// <summary>The path of a file the day's manifest lists, or null (nothing else of the folder is served).</summary>
    public string? FilePath(DateOnly date, string name)
    {
        var manifest = ReleaseManifest.TryRead(Folders.Day(date));
        return manifest?.Files.Any(f => f.Name == name) == true || name == ReleaseManifest.FileName && manifest is not null
            ? Path.Combine(Folders.Day(date), name)
            : null;
    }

    /// <summary>Publishes every new drop (and the <paramref name="reprocess"/> days again); one run at a time.</summary>
    public async Task<IReadOnlyList<ReleaseOutcome>> RunAsync(IReadOnlySet<DateOnly>? reprocess = null, CancellationToken ct = default)
    {
        if (!Settings.CanRun)
            throw new InvalidOperationException("Releases:Inbox and Releases:City are not set.");
        await _running.WaitAsync(ct);
        try
        {
            var request = new ReleaseRequest(Settings.Inbox!, Settings.City!, Folders.Root) { Reprocess = reprocess ?? new HashSet<DateOnly>() };
            return await Task.Run(() => new ReleasePipeline(request).RunAsync(null, ct), ct);
        }
        finally
        {
            _running.Release();
        }
    }
}

/// <summary>Publishes new drops in the background every Releases:PollMinutes when an inbox and a city folder are configured.</summary>
public sealed class ReleaseWatcher(ReleaseLog log, ILogger<ReleaseWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!log.Settings.CanRun)
            return;
        var period = TimeSpan.FromMinutes(Math.Max(0.05, log.Settings.PollMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var o in await log.RunAsync(ct: stoppingToken))
                {
                    if (o.Status != ReleaseStatus.Unchanged)
                        logger.LogInformation("release {Date}: {Status} revision {Revision} {Reason}", o.Date, o.Status, o.Revision, o.Reason);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "release run failed");
            }
            await Task.Delay(period, stoppingToken);
        }
    }
}
