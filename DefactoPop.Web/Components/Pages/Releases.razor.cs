using System.Globalization;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Web.Data.Releases;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>The release log: per data date, when the drop arrived and the day went out, its files and checksums, warnings, revision.</summary>
[Route(DashboardUrls.ReleasesPath)]
public sealed partial class Releases
{
    private IReadOnlyList<ReleaseManifest> _days = [];
    private IReadOnlyList<QuarantinedDrop> _quarantined = [];
    private bool _busy;
    private string? _message;

    [Inject] public required ReleaseLog Log { get; init; }
    [Inject] public required UiText T { get; init; }

    private bool CanReprocess => Log.Settings.AllowReprocess && Log.Settings.CanRun;

    protected override void OnInitialized() => Load();

    private void Load()
    {
        _days = Log.Days();
        _quarantined = Log.Quarantined();
    }

    private async Task ReprocessAsync(DateOnly date)
    {
        if (!CanReprocess)
            return;
        _busy = true;
        try
        {
            var outcome = (await Log.RunAsync(new HashSet<DateOnly> { date })).FirstOrDefault(o => o.Date == date);
            _message = outcome is null ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{outcome.Date:yyyy-MM-dd}: {outcome.Status} {outcome.Revision} {outcome.Reason}";
            Load();
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Local(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " KST";

    private static string Lag(double seconds) =>
        seconds < 120 ? $"{seconds:0} s" : seconds < 7200 ? $"{seconds / 60:0.#} min" : $"{seconds / 3600:0.#} h";
}
