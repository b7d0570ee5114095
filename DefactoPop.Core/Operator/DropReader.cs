using System.Globalization;
using System.Text;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>
/// Reads and validates one day folder of the operator contract against the cell plan. Any issue refuses the
/// whole day (<see cref="DropReadResult.Drop"/> is null); issues name file:line:column.
/// </summary>
public static class DropReader
{
    /// <summary>Issues collected before reading stops.</summary>
    public const int MaxIssues = 100;

    /// <summary>The dates of the day folders (yyyy-MM-dd) under <paramref name="dropsRoot"/>, ascending.</summary>
    public static IReadOnlyList<DateOnly> ListDays(string dropsRoot)
    {
        if (!Directory.Exists(dropsRoot))
            return [];
        return Directory.EnumerateDirectories(dropsRoot)
            .Select(d => DateOnly.TryParseExact(Path.GetFileName(d), ContractFormat.DayFolderFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>()
            .Order()
            .ToList();
    }

    public static DropReadResult Read(string dayFolder, CellPlan plan)
    {
        ArgumentNullException.ThrowIfNull(dayFolder);
        ArgumentNullException.ThrowIfNull(plan);
        var issues = new List<ImportIssue>();
        var manifestPath = Path.Combine(dayFolder, ContractFormat.ManifestFile);
        if (!Directory.Exists(dayFolder))
            return Refused(null, new ImportIssue(Path.GetFileName(dayFolder), 0, 0, null, "day folder does not exist"));
        if (!File.Exists(manifestPath))
            return Refused(null, new ImportIssue(ContractFormat.ManifestFile, 1, 0, null, "manifest.json is missing: the drop is not delivered (it is written last)"));
        var manifestBytes = File.ReadAllBytes(manifestPath);
        var manifest = ManifestParser.Parse(manifestBytes, issues);
        if (manifest is null)
            return new DropReadResult(null, null, issues);
        var manifestText = Encoding.UTF8.GetString(manifestBytes);

        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(dayFolder));
        if (DateOnly.TryParseExact(folderName, ContractFormat.DayFolderFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var folderDate)
            && folderDate != manifest.Date)
        {
            issues.Add(new ImportIssue(ContractFormat.ManifestFile, ManifestParser.LineOf(manifestText, "\"date\""), 0, "date",
                $"the manifest is for {manifest.Date:yyyy-MM-dd} but the folder is {folderName}"));
        }

        var byKind = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var f in manifest.Files)
        {
            var line = ManifestParser.LineOfName(manifestText, f.Name);
            if (ContractFormat.KindOf(f.Name) is not { } kind)
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, line, 0, "files", $"'{f.Name}' is not a contract file name (domestic, long_term, roaming or outages, .csv or .csv.gz)"));
            else if (!byKind.TryAdd(kind, f))
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, line, 0, "files", $"a second {kind} file '{f.Name}' is listed"));
            else if (!File.Exists(Path.Combine(dayFolder, f.Name)))
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, line, 0, "files", $"{f.Name} is listed but missing from the folder"));
        }
        foreach (var kind in (string[])[ContractFormat.Domestic, ContractFormat.LongTerm, ContractFormat.Roaming, ContractFormat.Outages])
        {
            if (!byKind.ContainsKey(kind))
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, ManifestParser.LineOf(manifestText, "\"files\""), 0, "files", $"no {kind} file is listed"));
        }
        var listed = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(dayFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name != ContractFormat.ManifestFile && !listed.Contains(name))
                issues.Add(new ImportIssue(name, 1, 0, null, "present in the folder but not listed in manifest.json"));
        }
        if (issues.Count > 0)
            return new DropReadResult(null, manifest, issues);

        var cells = plan.ValidOn(manifest.Date);
        var parser = new DropCountParser(manifest.Date, cells, issues);
        foreach (var kind in (string[])[ContractFormat.Outages, ContractFormat.Domestic, ContractFormat.LongTerm, ContractFormat.Roaming])
        {
            var entry = byKind[kind];
            var raw = File.ReadAllBytes(Path.Combine(dayFolder, entry.Name));
            var line = ManifestParser.LineOfName(manifestText, entry.Name);
            var sha = AtomicFile.Sha256Hex(raw);
            if (sha != entry.Sha256)
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, line, 0, "sha256", $"{entry.Name}: the manifest says sha256 {entry.Sha256} but the file hashes to {sha}"));
            var rows = parser.Parse(kind, entry.Name, raw);
            if (rows is { } n && n != entry.Rows)
                issues.Add(new ImportIssue(ContractFormat.ManifestFile, line, 0, "rows", $"{entry.Name}: the manifest says {entry.Rows} rows but the file has {n}"));
            if (issues.Count >= MaxIssues)
                break;
        }
        if (issues.Count > 0)
            return new DropReadResult(null, manifest, issues);
        var drop = new OperatorDrop(manifest.Date, manifest.Operator, manifest.ProducedAt, cells, parser.Hours(), parser.Outages);
        return new DropReadResult(drop, manifest, issues);
    }

    private static DropReadResult Refused(DropManifest? manifest, ImportIssue issue) => new(null, manifest, [issue]);
}
