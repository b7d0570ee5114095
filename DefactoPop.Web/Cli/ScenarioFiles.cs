using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Web.Data.Simulation;
using Spectre.Console;

namespace DefactoPop.Web.Cli;

/// <summary><c>simulate --out DIR</c>: the synthetic scenario as the operator's, the city's and the sealed truth's files.</summary>
internal static class ScenarioFiles
{
    public static async Task<int> EmitAsync(SimulationRequest request, ScenarioFolders folders, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var days = request.Days().Order().ToList();
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartGatedAsync(async ctx =>
            {
                var task = ctx.AddTask("city", maxValue: days.Count + 1);
                await Task.Run(() =>
                {
                    var city = request.City ?? SyntheticCityBuilder.Build(request.Seed);
                    var plan = NetworkPlan.Generate(city, request.Seed);
                    var options = new SimulationOptions { Seed = request.Seed };
                    var validFrom = new DateOnly(request.From.Year, 1, 1);
                    ScenarioEmitter.WriteReference(folders, plan, city, options.Observation, options.Seed, validFrom);
                    ScenarioEmitter.WriteCity(folders, city, options.Seed);
                    var cellPlan = OperatorEmitter.CellPlanOf(plan, validFrom);
                    task.Increment(1);
                    foreach (var day in days)
                    {
                        ct.ThrowIfCancellationRequested();
                        task.Description = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        ScenarioEmitter.WriteDay(folders, city, plan, cellPlan, slot => MovementModel.Generate(city, slot), options.Observation, options.Seed, day);
                        task.Increment(1);
                    }
                }, ct);
            });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {days.Count} day(s) to {folders.Root} (drops, city, truth) in {clock.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        return 0;
    }
}
