using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Estimation;

namespace DefactoPop.Core.Validation;

/// <summary>The city-total error (signed mean over the sampled hours, percent) when one assumed rate is 5 % lower or higher.</summary>
public sealed record SensitivityRow(string Rate, double MinusPct, double PlusPct);

/// <summary>
/// How much the estimate leans on each figure the estimator assumes: every rate of the published figures is moved by
/// ±<see cref="Step"/> in turn, the calibration is rebuilt on the same nights, and the same allocated hours are expanded again.
/// </summary>
public static class Sensitivity
{
    public const double Step = 0.05;

    public static IReadOnlyList<SensitivityRow> Run(
        CityFrame city, IReadOnlyList<AllocatedHour> nights, IReadOnlyList<(AllocatedHour Hour, double Truth)> hours, EstimationOptions options)
    {
        ArgumentNullException.ThrowIfNull(nights);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(options);
        var rows = new List<SensitivityRow> { new("none (as published)", Error(city, nights, hours, options), Error(city, nights, hours, options)) };
        foreach (var (name, apply) in Rates())
            rows.Add(new SensitivityRow(name, Error(city, nights, hours, apply(options, 1 - Step)), Error(city, nights, hours, apply(options, 1 + Step))));
        return rows;
    }

    private static IEnumerable<(string Name, Func<EstimationOptions, double, EstimationOptions> Apply)> Rates()
    {
        static EstimationOptions E(EstimationOptions o, Func<ExpansionOptions, ExpansionOptions> f) => o with { Expansion = f(o.Expansion) };
        yield return ("market share", (o, x) => E(o, e => e with { MarketShare = e.MarketShare * x }));
        yield return ("LTE share", (o, x) => E(o, e => e with { LteShare = Math.Min(1, e.LteShare * x) }));
        yield return ("switched on", (o, x) => E(o, e => e with { SwitchedOnShare = Math.Min(1, e.SwitchedOnShare * x) }));
        yield return ("dual devices", (o, x) => E(o, e => e with { DualDeviceShare = e.DualDeviceShare * x }));
        yield return ("ownership by age", (o, x) => E(o, e => e with { OwnershipByBand = [.. e.OwnershipByBand.Select(v => Math.Min(1, v * x))] }));
        yield return ("roaming share", (o, x) => o with { Foreign = o.Foreign with { RoamingShare = [.. o.Foreign.RoamingShare.Select(v => v * x)] } });
    }

    private static double Error(CityFrame city, IReadOnlyList<AllocatedHour> nights, IReadOnlyList<(AllocatedHour Hour, double Truth)> hours, EstimationOptions options)
    {
        if (hours.Count == 0)
            return double.NaN;
        var calibration = Calibration.Build(city, nights, options);
        var errors = new double[hours.Count];
        Parallel.For(0, hours.Count, i =>
        {
            var e = EstimationPipeline.FromAllocation(city, hours[i].Hour, calibration, options);
            errors[i] = 100 * (e.CityTotal() / hours[i].Truth - 1);
        });
        return Math.Round(errors.Average(), 3);
    }
}
