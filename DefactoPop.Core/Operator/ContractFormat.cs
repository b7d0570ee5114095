using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>Names, columns and formats of the operator data contract (docs/operator-data.md).</summary>
public static class ContractFormat
{
    /// <summary>The contract version this code reads and writes.</summary>
    public const int Version = 1;

    public const string Domestic = "domestic";
    public const string LongTerm = "long_term";
    public const string Roaming = "roaming";
    public const string Outages = "outages";
    public const string ManifestFile = "manifest.json";

    public const string CellPlanFile = "cell_plan.csv";
    public const string SubscriberBaseFile = "subscriber_base.csv";
    public const string PublishedRatesFile = "published_rates.json";

    /// <summary>Folder name of a day's drop, yyyy-MM-dd.</summary>
    public const string DayFolderFormat = "yyyy-MM-dd";

    /// <summary>Date column of the count files.</summary>
    public const string RowDateFormat = "yyyyMMdd";

    /// <summary>Dates of the reference files (valid_from, valid_to).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Outage bounds: ISO local date-time in KST, no offset.</summary>
    public const string LocalDateTimeFormat = "yyyy-MM-dd'T'HH:mm";

    internal static readonly string[] LocalDateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>The count files of a drop, in the order they are written.</summary>
    public static IReadOnlyList<string> CountFiles { get; } = [Domestic, LongTerm, Roaming];

    /// <summary>Stratum column, e.g. m_0_9, m_10_14 … m_70p, f_0_9 … f_70p (index = <see cref="Strata.Index"/>).</summary>
    public static string StratumColumn(int index)
    {
        var sex = Strata.SexOf(index) == Sex.Male ? "m" : "f";
        var band = Strata.BandOf(index);
        return Strata.UpperAge(band) is { } upper ? $"{sex}_{Strata.LowerAge(band)}_{upper}" : $"{sex}_{Strata.LowerAge(band)}p";
    }

    /// <summary>date, hour, cell_id, total, then the 28 strata (male bands, then female).</summary>
    public static IReadOnlyList<string> DomesticColumns { get; } =
        ["date", "hour", "cell_id", "total", .. Enumerable.Range(0, Strata.Count).Select(StratumColumn)];

    /// <summary>date, hour, cell_id, chinese, other (long_term and roaming).</summary>
    public static IReadOnlyList<string> ForeignColumns { get; } = ["date", "hour", "cell_id", "chinese", "other"];

    public static IReadOnlyList<string> OutageColumns { get; } = ["cell_id", "from", "to"];

    public static IReadOnlyList<string> CellPlanColumns { get; } =
        ["cell_id", "site_id", "lon", "lat", "azimuth_deg", "beamwidth_deg", "height_m", "band", "power_w", "indoor", "valid_from", "valid_to"];

    public static IReadOnlyList<string> SubscriberBaseColumns { get; } =
        ["valid_from", "valid_to", "gu_code", "sex", "age_band", "subscribers", "lte_share"];

    /// <summary>"M" or "F".</summary>
    public static string SexCode(Sex sex) => sex == Sex.Male ? "M" : "F";

    public static Sex? ParseSex(string text) => text switch
    {
        "M" => Sex.Male,
        "F" => Sex.Female,
        _ => null,
    };

    /// <summary>The band label "0-9", "10-14" … "70+".</summary>
    public static AgeBand? ParseBand(string text)
    {
        for (var b = 0; b < Strata.BandCount; b++)
        {
            if (Strata.BandLabel((AgeBand)b) == text)
                return (AgeBand)b;
        }
        return null;
    }

    /// <summary>The file kind of a drop file name (domestic.csv.gz → domestic), or null.</summary>
    public static string? KindOf(string fileName)
    {
        foreach (var kind in (string[])[Domestic, LongTerm, Roaming, Outages])
        {
            if (fileName == kind + ".csv" || fileName == kind + ".csv.gz")
                return kind;
        }
        return null;
    }
}
