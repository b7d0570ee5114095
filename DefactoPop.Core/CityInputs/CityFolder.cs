namespace DefactoPop.Core.CityInputs;

/// <summary>Everything a city holds in its input folder (docs/city-inputs.md). <see cref="Census"/> is null when absent.</summary>
public sealed record CityFolderContents(
    ZoneTable Zones,
    IReadOnlyList<LandUseRecord> LandUse,
    CityRegister Register,
    UsualResidentCensus? Census);

/// <summary>Reads and writes the city folder: zones.csv, land_use.csv, register.csv and the optional census.csv.</summary>
public static class CityFolder
{
    public const string ZonesName = "zones.csv";
    public const string LandUseName = "land_use.csv";
    public const string RegisterName = "register.csv";
    public const string CensusName = "census.csv";

    /// <summary>Reads the folder; each file may also be gzip-compressed under the name + ".gz". Bad files throw ImportFormatException.</summary>
    public static CityFolderContents Read(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        var census = Find(dir, CensusName);
        return new CityFolderContents(
            ZonesFile.Read(Required(dir, ZonesName)),
            LandUseFile.Read(Required(dir, LandUseName)),
            RegisterFile.Read(Required(dir, RegisterName)),
            census is null ? null : CensusFile.Read(census));
    }

    private static string Required(string dir, string name) =>
        Find(dir, name) ?? throw new FileNotFoundException($"The city folder has no {name} (or {name}.gz).", Path.Combine(dir, name));

    private static string? Find(string dir, string name)
    {
        var plain = Path.Combine(dir, name);
        if (File.Exists(plain))
            return plain;
        var gz = plain + ".gz";
        return File.Exists(gz) ? gz : null;
    }
}
