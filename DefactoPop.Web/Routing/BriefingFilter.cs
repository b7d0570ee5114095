using System.Globalization;
using DefactoPop.Core.Siting;

namespace DefactoPop.Web.Routing;

/// <summary>What a briefing deck is built from, as it appears in the /briefing URL and the deck download's query.</summary>
public sealed record BriefingFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Hour { get; init; } = 14;
    public SitingPreset? Siting { get; init; }

    /// <summary>The filter of a URL; a bad value keeps its default.</summary>
    public static BriefingFilter Parse(string? from, string? to, int? hour, string? siting) => new()
    {
        From = QueryValues.Date(from),
        To = QueryValues.Date(to),
        Hour = QueryValues.Hour(hour) ?? 14,
        Siting = siting?.ToLowerInvariant() switch
        {
            "senior" => SitingPreset.Senior,
            "canopy" => SitingPreset.Canopy,
            "bus" => SitingPreset.Bus,
            "retail" => SitingPreset.Retail,
            _ => null,
        },
    };

    /// <summary>The settings that differ from the defaults.</summary>
    public IReadOnlyList<(string Key, string? Value)> ToPairs() =>
    [
        (QueryKeys.From, QueryValues.Date(From)),
        (QueryKeys.To, QueryValues.Date(To)),
        ("hour", Hour == 14 ? null : Hour.ToString(CultureInfo.InvariantCulture)),
        ("siting", Siting is { } p ? SitingFilter.PresetKey(p) : null),
    ];
}
