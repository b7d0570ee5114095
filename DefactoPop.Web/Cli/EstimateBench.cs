using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --estimate</c>: synthetic Seoul at full size; one day's drop is written, then read back and estimated
/// (parse, allocation, expansion, intervals, rows for every level). Calibration on 7 prior nights is timed apart.
/// </summary>
internal static class EstimateBench
{
    public static int Run(string dir, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var day = new DateOnly(2017, 12, 20);
        var sw = Stopwatch.StartNew();
        var city = SyntheticCityBuilder.Build(seed);
        var plan = NetworkPlan.Generate(city, seed);
        var options = new SimulationOptions { Seed = seed, TruthIsThreadSafe = true };
        var (frame, estimation) = SimulatedEstimation.InputsOf(city, options.Observation, seed);
        options = options with { Estimation = estimation };
        var view = SimulatedEstimation.ViewOf(plan, frame);
        Console.WriteLine(string.Create(inv, $"estimate bench: {city.OaCount:N0} 집계구, {plan.CellCount:N0} cells; city and network built in {sw.Elapsed.TotalSeconds:F1} s"));

        sw.Restart();
        Func<HourSlot, TruthHour> truth = slot => MovementModel.Generate(city, slot);
        var nights = EstimationPipeline.CalibrationNights(day.AddDays(-14), day.AddDays(-1), options.CalibrationNights);
        var calibration = SimulatedEstimation.Calibrate(city, plan, frame, view, nights, truth, options);
        Console.WriteLine(string.Create(inv, $"calibration on {nights.Count} earlier nights: {sw.Elapsed.TotalSeconds:F1} s (once per day, not in the day figure)"));

        var cellPlan = OperatorEmitter.CellPlanOf(plan, new DateOnly(2017, 1, 1));
        var observed = Enumerable.Range(0, 24).Select(h => ObservationModel.Observe(city, plan, truth(new HourSlot(day, h)), options.Observation, seed)).ToList();
        var folder = DropWriter.DayFolder(dir, day);
        DropWriter.Write(folder, OperatorEmitter.DropOf(cellPlan.ValidOn(day), day, observed, DateTimeOffset.Now));
        observed.Clear();

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var drop = DropReader.Read(folder, cellPlan).GetDropOrThrow();
        var parse = sw.Elapsed;
        var counts = drop.Hours;
        var estimates = EstimationPipeline.EstimateDay(frame, view, calibration, counts, options.Estimation);
        var rows = PopulationRows.FromEstimates(frame, estimates).Count();
        var total = sw.Elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(inv, $"one day from its drop: {total.TotalSeconds:F1} s wall (parse {parse.TotalSeconds:F1} s), CPU {cpuSeconds:F1} s, {rows:N0} rows at every level (target ≤ 20 s; storing is timed by the import bench)"));

        var hours = new List<double>();
        for (var h = 0; h < 6; h++)
        {
            sw.Restart();
            EstimationPipeline.EstimateHour(frame, view, calibration, counts[(h * 5) % 24], options.Estimation);
            hours.Add(sw.Elapsed.TotalSeconds);
        }
        hours.Sort();
        Console.WriteLine(string.Create(inv, $"one hour: median {hours[hours.Count / 2]:F2} s, max {hours[^1]:F2} s over {hours.Count} hours (target ≤ 1 s)"));
        Console.WriteLine(string.Create(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (target ≤ 1,000 MB)"));
        return 0;
    }
}
