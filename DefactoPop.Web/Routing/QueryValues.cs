using System.Globalization;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Routing;

/// <summary>Parsing and formatting of the query-string values every page uses. Invalid values fall back to defaults.</summary>
public static class QueryValues
{
    public static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int? Hour(int? h) => h is >= 0 and <= 23 ? h : null;

    /// <summary>
    /// An integer query value; null when absent or not an integer. Pages take their numbers as strings and parse them
    /// here: a typed [SupplyParameterFromQuery] throws on "hour=abc" and takes the circuit down.
    /// </summary>
    public static int? Int(string? s) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;

    public static ZoneLevel Level(string? s, ZoneLevel fallback = ZoneLevel.Dong) => s?.ToLowerInvariant() switch
    {
        "gu" => ZoneLevel.Gu,
        "dong" => ZoneLevel.Dong,
        "oa" => ZoneLevel.Oa,
        _ => fallback,
    };

    /// <summary>A level for the pages that stop at dongs: output areas become dongs.</summary>
    public static ZoneLevel LevelUpToDong(string? s, ZoneLevel fallback) =>
        Level(s, fallback) is ZoneLevel.Oa ? ZoneLevel.Dong : Level(s, fallback);

    public static Sex? Sex(string? s) => s?.ToLowerInvariant() switch
    {
        "m" or "male" => Core.Domain.Sex.Male,
        "f" or "female" => Core.Domain.Sex.Female,
        _ => null,
    };

    public static string? Sex(Sex? s) => s switch
    {
        Core.Domain.Sex.Male => "m",
        Core.Domain.Sex.Female => "f",
        _ => null,
    };

    public static AgeBand? Band(int? i) => i is >= 0 and < Strata.BandCount ? (AgeBand)i.Value : null;

    public static ClassificationMethod Method(string? s) => s?.ToLowerInvariant() switch
    {
        "equal" => ClassificationMethod.EqualInterval,
        "manual" => ClassificationMethod.Manual,
        _ => ClassificationMethod.Quantile,
    };

    public static string Method(ClassificationMethod m) => m switch
    {
        ClassificationMethod.EqualInterval => "equal",
        ClassificationMethod.Manual => "manual",
        _ => "quantile",
    };
}
