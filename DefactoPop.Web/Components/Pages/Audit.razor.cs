using System.Globalization;
using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Pages;

/// <summary>The audit log (admins only): newest first, filtered by action, user and KST dates from the URL (?action&amp;user&amp;from&amp;to).</summary>
[Route(Path)]
[Authorize(Policy = AuthRoles.AdminPolicy)]
public sealed partial class Audit
{
    public const string Path = "/audit";

    private IReadOnlyList<AuditEntry> _rows = [];
    private string _action = "";
    private string? _user;
    private string? _from;
    private string? _to;

    [Inject] public required AuditLog Log { get; init; }
    [Inject] public required UiText T { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }

    [SupplyParameterFromQuery(Name = "action")] public string? ActionFilter { get; set; }

    [SupplyParameterFromQuery(Name = "user")] public string? UserFilter { get; set; }

    [SupplyParameterFromQuery(Name = "from")] public string? FromFilter { get; set; }

    [SupplyParameterFromQuery(Name = "to")] public string? ToFilter { get; set; }

    /// <summary>The query the URL asks for; an unknown action or a date that does not parse is left out (the default view).</summary>
    public static AuditQuery Parse(string? action, string? user, string? from, string? to) => new(
        action is not null && AuditActions.All.Contains(action) ? action : null,
        string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
        QueryValues.Date(from),
        QueryValues.Date(to));

    /// <summary>The page's URL for a query (empty filters left out).</summary>
    public static string Url(AuditQuery query, string lang)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pairs = new[]
        {
            ("action", query.Action), ("user", query.User), ("from", QueryValues.Date(query.From)), ("to", QueryValues.Date(query.To)),
        }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}").ToList();
        return DashboardUrls.WithLang(pairs.Count == 0 ? Path : Path + "?" + string.Join('&', pairs), lang);
    }

    protected override async Task OnParametersSetAsync()
    {
        var query = Parse(ActionFilter, UserFilter, FromFilter, ToFilter);
        _action = query.Action ?? "";
        _user = query.User;
        _from = QueryValues.Date(query.From);
        _to = QueryValues.Date(query.To);
        _rows = await Log.QueryAsync(query);
    }

    private void Apply() => Navigation.NavigateTo(Url(Parse(_action, _user, _from, _to), T.Lang));

    private static string Local(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
