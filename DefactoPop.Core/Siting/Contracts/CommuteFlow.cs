using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Siting;

/// <summary>
/// One cell of a commuter origin–destination product modelled on 수도권 생활이동: people arriving in a Seoul 행정동 at an
/// hour from a city outside Seoul, by sex and 10-year age group, on a kind of day, with their mean travel time.
/// <see cref="Movers"/> is null where the product masks the cell (`*`, 3 or fewer movers): it lies in [1, 3].
/// </summary>
/// <param name="Origin">시군구 code of the origin city (5 digits, e.g. 41281 고양시 덕양구 or 41280 고양시).</param>
/// <param name="Destination">행정동 code (MOIS 10-digit or statistics 8-digit, as the file gives it).</param>
/// <param name="ArrivalHour">0–23.</param>
/// <param name="AgeGroup">Lower age of the group: 0, 10, 20 … 70 (70 = 70+).</param>
public sealed record CommuteFlow(string Origin, string Destination, DayType Day, int ArrivalHour, Sex Sex, int AgeGroup, double? Movers, double MeanMinutes)
{
    public const double MaskedLow = 1;
    public const double MaskedHigh = 3;
}

/// <summary>A commuter origin outside Seoul: 시군구 code, name and a point (its city hall), WGS84.</summary>
public sealed record CommuteOrigin(string Code, string NameKo, string NameEn, double Lon, double Lat)
{
    public SitePoint At => SitingProjection.ToMetres(Lon, Lat);
}
