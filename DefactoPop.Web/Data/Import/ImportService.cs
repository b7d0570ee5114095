using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Data.Import;

/// <summary>Takes files or folders, recognises each file's kind and loads it atomically, one writer of the store at a time.</summary>
public sealed class ImportService(StoreDatabase database, ZoneCatalogCache catalogs, PopulationImporter population, ReferenceImporter reference, ImportLock importLock)
{
    /// <summary>The store's writer lock (estimate and simulate take it too).</summary>
    public ImportLock Lock => importLock;

    private static readonly string[] s_extensions = [".csv", ".txt", ".xlsx", ".geojson", ".json", ".shp"];

    /// <summary>Migrates the database and makes sure the city and its 25 districts are known.</summary>
    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        await database.MigrateAsync(ct);
        if ((await catalogs.GetAsync(ct)).Count > 0)
            return;
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        await ZoneCatalogWriter.UpsertAsync(db, SeoulDistricts.All, null, ct);
        catalogs.Invalidate();
    }

    /// <summary>Expands folders (recursively, known extensions, sorted) into files.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => s_extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new ImportFormatException(new ImportIssue(path, 0, 0, null, "no such file or folder"));
            }
        }
        // Reference files first, in the order that lets each find what it refers to; then population files.
        return files.Select(f => (File: f, Kind: ReferenceImporter.Detect(f)))
            .OrderBy(x => ReferenceImporter.Order(x.Kind))
            .ThenBy(x => x.Kind == ReferenceKind.Boundaries && !x.File.Contains("gu", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            .Select(x => x.File)
            .ToList();
    }

    public async Task<ImportReport> ImportFileAsync(string path, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        await using var lease = await importLock.AcquireAsync(ct);
        await EnsureReadyAsync(ct);
        var kind = ReferenceImporter.Detect(path);
        var report = kind == ReferenceKind.None
            ? await population.ImportAsync(path, progress, null, ct)
            : await reference.ImportAsync(path, kind, ct);
        return lease.Waited ? report with { Waited = true } : report;
    }
}
