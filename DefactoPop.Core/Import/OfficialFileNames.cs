using System.Globalization;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>Seoul Open Data Plaza's file names: daily for 집계구, monthly for 행정동, yearly for 자치구.</summary>
public static class OfficialFileNames
{
    /// <summary>E.g. LOCAL_PEOPLE_20171220.csv, LOCAL_PEOPLE_DONG_201712.csv, LOCAL_PEOPLE_GU_2017.csv,
    /// LONG_FOREIGNER_20171220.csv, TEMP_FOREIGNER_DONG_201712.csv. The period is the one containing <paramref name="date"/>.</summary>
    public static string For(FileLayout layout, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var prefix = Prefix(layout.Class);
        return layout.Level switch
        {
            ZoneLevel.Oa => $"{prefix}_{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv",
            ZoneLevel.Dong => $"{prefix}_DONG_{date.ToString("yyyyMM", CultureInfo.InvariantCulture)}.csv",
            ZoneLevel.Gu => $"{prefix}_GU_{date.ToString("yyyy", CultureInfo.InvariantCulture)}.csv",
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout.Level, "No official file at this level."),
        };
    }

    /// <summary>Monthly form: the first day of the month names the file (daily levels use that day).</summary>
    public static string For(FileLayout layout, int year, int month) => For(layout, new DateOnly(year, month, 1));

    /// <summary>The class a file name announces (LOCAL_PEOPLE*, LONG_FOREIGNER*, TEMP_FOREIGNER*), or null.</summary>
    public static PopulationClass? ClassHint(string fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (name.StartsWith("LONG_FOREIGNER", StringComparison.OrdinalIgnoreCase))
            return PopulationClass.LongTermForeign;
        if (name.StartsWith("TEMP_FOREIGNER", StringComparison.OrdinalIgnoreCase))
            return PopulationClass.ShortTermForeign;
        if (name.StartsWith("LOCAL_PEOPLE", StringComparison.OrdinalIgnoreCase))
            return PopulationClass.Domestic;
        return null;
    }

    private static string Prefix(PopulationClass cls) => cls switch
    {
        PopulationClass.Domestic => "LOCAL_PEOPLE",
        PopulationClass.LongTermForeign => "LONG_FOREIGNER",
        PopulationClass.ShortTermForeign => "TEMP_FOREIGNER",
        _ => throw new ArgumentOutOfRangeException(nameof(cls)),
    };
}
