using System.Security.Cryptography;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>One file of a release: its name, rows and SHA-256.</summary>
public sealed record ReleaseFile(string Name, ZoneLevel Level, PopulationClass Class, long Rows, string Sha256);

/// <summary>
/// Writes a protected day as Seoul's official files into a folder: LOCAL_PEOPLE_yyyyMMdd.csv (집계구),
/// LOCAL_PEOPLE_DONG_yyyyMM.csv, LOCAL_PEOPLE_GU_yyyy.csv, and the LONG_/TEMP_FOREIGNER files of the levels released.
/// The folder is filled under a temporary name and renamed into place, so it appears whole or not at all.
/// </summary>
public static class ReleaseFiles
{
    /// <summary>Levels published per class: domestic at every level, foreigners at 행정동 and 자치구 (as Seoul does).</summary>
    public static IReadOnlyCollection<ZoneLevel> Levels(PopulationClass cls) =>
        cls == PopulationClass.Domestic ? ZoneLevels.Published : [ZoneLevel.Gu, ZoneLevel.Dong];

    /// <summary>Writes <paramref name="published"/> (already protected) into <paramref name="folder"/>, which must not exist.</summary>
    public static IReadOnlyList<ReleaseFile> Write(string folder, IReadOnlyList<PopulationRow> published, LivingPopulationWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(published);
        if (Directory.Exists(folder))
            throw new IOException($"{folder} exists already; a release folder is written once.");
        var dates = published.Select(r => r.Slot.Date).Distinct().ToList();
        if (dates.Count != 1)
            throw new ArgumentException($"A release holds one day; these rows hold {dates.Count}.", nameof(published));
        var full = Path.GetFullPath(folder);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".partial");
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        IReadOnlyList<ReleaseFile> files;
        using (var set = new ReleaseFileSet(temp, dates[0], options ?? LivingPopulationWriterOptions.Official))
        {
            set.Write(published.OrderBy(r => r.Slot).ThenBy(r => r.ZoneCode, StringComparer.Ordinal));
            files = set.Complete();
        }
        Directory.Move(temp, full);
        return files;
    }

    /// <summary>Every row of every official file (*.csv) in a folder; a bad file throws <see cref="ImportFormatException"/> naming file, line and column.</summary>
    public static IReadOnlyList<PopulationRow> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{folder}: no such folder.");
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new ImportFormatException(new ImportIssue(folder, 0, 0, null, "no official files (*.csv) in this folder"));
        var rows = new List<PopulationRow>();
        foreach (var file in files)
        {
            using var reader = LivingPopulationReader.Open(file, new LivingPopulationReaderOptions(OfficialFileNames.ClassHint(file)));
            rows.AddRange(reader.ReadRows());
            if (reader.Layout is null || reader.Issues.Count > 0)
                throw new ImportFormatException(reader.Issues);
        }
        return rows;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
