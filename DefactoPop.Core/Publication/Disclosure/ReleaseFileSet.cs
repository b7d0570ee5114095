using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>
/// The official files of one day's release written as the hours come, so a full day never sits in memory at once:
/// one writer per level and class, opened on first use; rows of earlier days (the month's 행정동 file, the year's
/// 자치구 file) go in before the day's own hours, which keeps every file in time order.
/// </summary>
public sealed class ReleaseFileSet(string folder, DateOnly date, LivingPopulationWriterOptions options) : IDisposable
{
    private readonly Dictionary<(ZoneLevel, PopulationClass), (string Name, LivingPopulationWriter Writer)> _writers = [];

    /// <summary>Appends rows (already protected), each to the file of its level and class, in the order given.</summary>
    public void Write(IEnumerable<PopulationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (options.Disclosure is not null)
            throw new ArgumentException("A release is protected as a whole before it is written; row-by-row masking would undo that.", nameof(options));
        foreach (var row in rows)
        {
            var key = (row.Level, row.Class);
            if (!_writers.TryGetValue(key, out var w))
            {
                var layout = FileLayout.For(row.Level, row.Class, hasStrata: row.Strata is not null || row.Class != PopulationClass.Domestic);
                var name = OfficialFileNames.For(layout, date);
                _writers[key] = w = (name, LivingPopulationWriter.Create(Path.Combine(folder, name), layout, options));
            }
            if (OfficialFileNames.For(w.Writer.Layout, row.Slot.Date) != w.Name)
                throw new ArgumentException($"{w.Name}: a row of {row.Slot.Date:yyyy-MM-dd} belongs to another file.", nameof(rows));
            w.Writer.Write(row);
        }
    }

    /// <summary>Closes every file and returns them with rows and SHA-256.</summary>
    public IReadOnlyList<ReleaseFile> Complete()
    {
        var files = new List<ReleaseFile>();
        foreach (var ((level, cls), (name, writer)) in _writers.OrderBy(kv => kv.Key.Item2).ThenByDescending(kv => kv.Key.Item1))
        {
            var rows = writer.RowsWritten;
            writer.Dispose();
            files.Add(new ReleaseFile(name, level, cls, rows, ReleaseFiles.Sha256(Path.Combine(folder, name))));
        }
        _writers.Clear();
        return files;
    }

    public void Dispose()
    {
        foreach (var (_, writer) in _writers.Values)
            writer.Dispose();
        _writers.Clear();
    }
}
