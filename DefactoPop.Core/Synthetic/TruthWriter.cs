using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Validation;

namespace DefactoPop.Core.Synthetic;

/// <summary>Writes the true population of simulated days into a sealed truth folder (<see cref="TruthFiles"/>).</summary>
public static class TruthWriter
{
    /// <summary>Writes one day (24 hours of <paramref name="truth"/>) and adds it to the seal. Returns the file written.</summary>
    public static string WriteDay(string truthRoot, DateOnly date, IReadOnlyList<string> oaCodes, Func<HourSlot, TruthHour> truth)
    {
        ArgumentNullException.ThrowIfNull(oaCodes);
        ArgumentNullException.ThrowIfNull(truth);
        var csv = new CsvRowWriter(TruthFiles.Columns);
        for (var h = 0; h < 24; h++)
        {
            var t = truth(new HourSlot(date, h));
            for (var j = 0; j < oaCodes.Count; j++)
            {
                csv.Int(h).Text(oaCodes[j]);
                for (var s = 0; s < Strata.Count; s++)
                    csv.Number(Round(t.Domestic[j * Strata.Count + s]));
                csv.Number(Round(t.LongTerm[j * 2])).Number(Round(t.LongTerm[j * 2 + 1]));
                csv.Number(Round(t.ShortTerm[j * 2])).Number(Round(t.ShortTerm[j * 2 + 1]));
                csv.EndRow();
            }
        }
        var bytes = AtomicFile.Gzip(csv.ToArray());
        var name = TruthFiles.DayFile(date);
        var path = Path.Combine(truthRoot, name);
        AtomicFile.Write(path, bytes);
        TruthSeal.Write(truthRoot, new Dictionary<string, string> { [name] = AtomicFile.Sha256Hex(bytes) });
        return path;
    }

    private static double Round(float v) => Math.Round(v, TruthFiles.Decimals);
}
