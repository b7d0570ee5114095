using DefactoPop.Core.Domain;
using DefactoPop.Core.Storage;

namespace DefactoPop.Web.Api;

/// <summary>One service of the open-data API: its name, level, the fields of a row, and how a stored cell fills them.</summary>
public sealed record SeoulApiService(string Name, ZoneLevel Level, bool Daily, IReadOnlyList<string> Fields)
{
    public const string Date = "STDR_DE_ID";
    public const string Hour = "TMZON_PD_SE";
    public const string Zone = "ADSTRD_CODE_SE";
    public const string Total = "TOT_LVPOP_CO";
}

/// <summary>
/// The services, with Seoul's field names. Domestic: the total and 28 strata named MALE_F0T9_LVPOP_CO …
/// FEMALE_F70T74_LVPOP_CO (Seoul names the 70+ band "70T74"; kept). Foreigners (dong): the total, Chinese and other.
/// Daily district summary: means of the day by class, the hourly maximum and minimum, daytime (14시) and night (03시).
/// </summary>
public static class SeoulApiServices
{
    public const string DongDomestic = "SPOP_LOCAL_RESD_DONG";
    public const string GuDomestic = "SPOP_LOCAL_RESD_JACHI";
    public const string DongLongTerm = "SPOP_FORN_LONG_RESD_DONG";
    public const string DongShortTerm = "SPOP_FORN_TEMP_RESD_DONG";
    public const string GuDailySum = "SPOP_DAILYSUM_JACHI";

    public static IReadOnlyList<string> StrataFields { get; } = [.. Enumerable.Range(0, Strata.Count).Select(StratumField)];

    public static IReadOnlyList<string> ForeignFields { get; } = [SeoulApiService.Total, "CHINA_STAYPOP_CO", "OTHER_STAYPOP_CO"];

    public static IReadOnlyList<string> DailyFields { get; } =
        ["TOT_LVPOP_CO", "DMSTC_LVPOP_CO", "LNGTR_FRGNR_LVPOP_CO", "STRTR_FRGNR_LVPOP_CO", "MAX_LVPOP_CO", "MAX_TMZON_PD_SE",
            "MIN_LVPOP_CO", "MIN_TMZON_PD_SE", "DAYTIME_LVPOP_CO", "NIGHT_LVPOP_CO"];

    public static IReadOnlyDictionary<string, SeoulApiService> All { get; } = new[]
    {
        new SeoulApiService(DongDomestic, ZoneLevel.Dong, false, [SeoulApiService.Total, .. StrataFields]),
        new SeoulApiService(GuDomestic, ZoneLevel.Gu, false, [SeoulApiService.Total, .. StrataFields]),
        new SeoulApiService(DongLongTerm, ZoneLevel.Dong, false, ForeignFields),
        new SeoulApiService(DongShortTerm, ZoneLevel.Dong, false, ForeignFields),
        new SeoulApiService(GuDailySum, ZoneLevel.Gu, true, DailyFields),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>MALE_F0T9_LVPOP_CO, MALE_F10T14_LVPOP_CO … MALE_F70T74_LVPOP_CO, then FEMALE_….</summary>
    public static string StratumField(int index)
    {
        var band = Strata.BandOf(index);
        var low = Strata.LowerAge(band);
        var high = band == AgeBand.A0To9 ? 9 : low + 4;
        return $"{(Strata.SexOf(index) == Sex.Male ? "MALE" : "FEMALE")}_F{low}T{high}_LVPOP_CO";
    }

    /// <summary>The values of an hourly row from a stored cell (NaN where masked).</summary>
    public static double[] HourlyValues(SeoulApiService service, CellValues cell) => service.Name switch
    {
        DongDomestic or GuDomestic => [.. Enumerable.Range(CellValues.DomesticTotal, 1 + Strata.Count).Select(s => cell.Slots[s])],
        DongLongTerm => [cell.Slots[CellValues.LongTotal], cell.Slots[CellValues.LongChinese], cell.Slots[CellValues.LongOther]],
        DongShortTerm => [cell.Slots[CellValues.ShortTotal], cell.Slots[CellValues.ShortChinese], cell.Slots[CellValues.ShortOther]],
        _ => throw new ArgumentOutOfRangeException(nameof(service), service.Name, "Not an hourly service."),
    };
}
