using System.Diagnostics;

namespace DefactoPop.Core.Import;

/// <summary>Reads a whole file and times it; for the bench verb, not for unit tests.</summary>
public static class ReaderBenchmark
{
    /// <summary>Rows yielded and wall time for a full read of <paramref name="path"/>.</summary>
    public static (long rows, TimeSpan elapsed) Run(string path)
    {
        var watch = Stopwatch.StartNew();
        using var reader = LivingPopulationReader.Open(path);
        long rows = 0;
        double checksum = 0;
        foreach (var row in reader.ReadRows())
        {
            rows++;
            if (row.Total.HasValue)
                checksum += row.Total.Value;
        }
        watch.Stop();
        if (reader.Issues.Count > 0)
            throw new ImportFormatException(reader.Issues);
        GC.KeepAlive(checksum);
        return (rows, watch.Elapsed);
    }
}
