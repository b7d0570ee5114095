using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;

namespace DefactoPop.Web.Routing;

/// <summary>What a briefing deck is built from, as it appears in the /briefing URL and the deck download's query.</summary>
public sealed record BriefingFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Hour { get; init; } = 14;

    /// <summary>Level of the map and the ranking slide: districts or dongs; null = the finest stored, up to dongs.</summary>
    public ZoneLevel? Level { get; init; }
    public SitingPreset? Siting { get; init; }

    /// <summary>The filter of a URL; a bad value keeps its default.</summary>
    public static BriefingFilter Parse(string? from, string? to, int? hour, string? siting, string? level = null) => new()
    {
        Level = LevelOf(level),
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
        (QueryKeys.Level, Level?.Key()),
        ("siting", Siting is { } p ? SitingFilter.PresetKey(p) : null),
    ];

    /// <summary>"gu" or "dong" (the deck stops at dongs); anything else is null.</summary>
    public static ZoneLevel? LevelOf(string? key) => key?.ToLowerInvariant() switch
    {
        "gu" => ZoneLevel.Gu,
        "dong" => ZoneLevel.Dong,
        _ => null,
    };
}
