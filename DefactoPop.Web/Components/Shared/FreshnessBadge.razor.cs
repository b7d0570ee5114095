using System.Globalization;
using DefactoPop.Core.Abstractions;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>The last hour of data and the method, with source and update time on hover.</summary>
public sealed partial class FreshnessBadge
{
    private DataCoverage? _coverage;

    [Inject] public required DashboardData Data { get; init; }
    [Inject] public required UiText T { get; init; }

    protected override async Task OnInitializedAsync() => _coverage = await Data.CoverageAsync();

    private string Tip(DataCoverage c) =>
        $"{T["badge.source"]}: {c.Source} · {T["badge.updated"]}: {c.UpdatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–"}";
}
