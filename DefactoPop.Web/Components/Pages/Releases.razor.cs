using System.Globalization;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Releases;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DefactoPop.Web.Components.Pages;

/// <summary>The release log: per data date, when the drop arrived and the day went out, its files and checksums, warnings, revision.</summary>
[Route(DashboardUrls.ReleasesPath)]
public sealed partial class Releases
{
    private IReadOnlyList<ReleaseManifest> _days = [];
    private IReadOnlyList<QuarantinedDrop> _quarantined = [];
    private bool _busy;
    private bool _admin;
    private string _userName = "anonymous";
    private string? _message;

    [Inject] public required ReleaseLog Log { get; init; }
    [Inject] public required UiText T { get; init; }
    [Inject] public required AuditLog Audit { get; init; }

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>Reprocessing is an admin's, when the settings allow it.</summary>
    private bool CanReprocess => _admin && Log.Settings.AllowReprocess && Log.Settings.CanRun;

    private string ReprocessHint => !Log.Settings.AllowReprocess ? T["releases.reprocess.off"] : _admin ? "" : T["releases.reprocess.admin"];

    protected override async Task OnInitializedAsync()
    {
        if (Authentication is not null)
        {
            var user = (await Authentication).User;
            _admin = AuthRoles.IsAdmin(user);
            _userName = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : "anonymous";
        }
        Load();
    }

    private void Load()
    {
        _days = Log.Days();
        _quarantined = Log.Quarantined();
    }

    private async Task ReprocessAsync(DateOnly date)
    {
        var target = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!CanReprocess)
        {
            await Audit.WriteAsync(AuditActions.Reprocess, _userName, _admin ? AuthRoles.Admin : AuthRoles.Viewer, target, succeeded: false);
            return;
        }
        _busy = true;
        try
        {
            var outcome = (await Log.RunAsync(new HashSet<DateOnly> { date })).FirstOrDefault(o => o.Date == date);
            await Audit.WriteAsync(AuditActions.Reprocess, _userName, AuthRoles.Admin, $"{target} {outcome?.Status}".TrimEnd());
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
