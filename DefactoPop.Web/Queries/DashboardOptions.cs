namespace DefactoPop.Web.Queries;

/// <summary>Configuration section "Dashboard".</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Optional basemap tile URL template ({z}/{x}/{y}); none by default, the map works offline.</summary>
    public string? TileUrl { get; set; }

    public string? TileAttribution { get; set; }
}
