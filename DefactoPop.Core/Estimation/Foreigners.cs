namespace DefactoPop.Core.Estimation;

/// <summary>Long-term: devices × registered/devices per nationality; short-term: roaming devices / KT roaming share.</summary>
public static class Foreigners
{
    public static (double[] LongTerm, double[] ShortTerm, double[] Variance) Estimate(
        AllocatedHour hour, Calibration calibration, ForeignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hour);
        ArgumentNullException.ThrowIfNull(calibration);
        options ??= new ForeignOptions();
        var oas = hour.LongTerm.Length / 2;
        var longTerm = new double[oas * 2];
        var shortTerm = new double[oas * 2];
        var variance = new double[oas];
        var phi = calibration.Overdispersion;
        for (var j = 0; j < oas; j++)
        {
            for (var c = 0; c < 2; c++)
            {
                var k = j * 2 + c;
                var fl = calibration.LongTermFactor[c];
                var fs = 1.0 / options.RoamingShare[c];
                var nl = Math.Max(0, hour.LongTerm[k]);
                var ns = Math.Max(0, hour.ShortTerm[k]);
                longTerm[k] = nl * fl;
                shortTerm[k] = ns * fs;
                variance[j] += phi * (nl * fl * Math.Max(fl - 1, 0) + ns * fs * Math.Max(fs - 1, 0));
            }
        }
        return (longTerm, shortTerm, variance);
    }
}
