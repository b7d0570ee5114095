using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Observation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

public sealed class SimulateCommand : AsyncCommand<SimulateCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--from <DATE>")]
        public string From { get; init; } = "2017-10-01";

        [CommandOption("--to <DATE>")]
        public string To { get; init; } = "2017-12-31";

        [CommandOption("--seed <N>")]
        [Description("Seed of the synthetic city and of the observation noise (default 2017).")]
        public int Seed { get; init; } = SimulationRequest.DefaultSeed;

        [CommandOption("--out <DIR>")]
        [Description("Write the scenario as files instead of a store: DIR/drops (operator), DIR/city (city inputs), DIR/truth (sealed).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new SimulationRequest(CliDates.Parse(settings.From), CliDates.Parse(settings.To), settings.Seed);
        if (settings.Out is { } outDir)
            return await ScenarioFiles.EmitAsync(request, new ScenarioFolders(Path.GetFullPath(outDir)), cancellationToken);
        await using var services = CliServices.Build(settings.Db);
        await using var writer = await CliStoreLock.HoldAsync(services.GetRequiredService<ImportService>(), cancellationToken);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartGatedAsync(async ctx =>
            {
                var task = ctx.AddTask("simulate", maxValue: 1);
                await services.GetRequiredService<SimulationService>().RunAsync(request, new Progress<SimulationProgress>(p =>
                {
                    task.Description = Markup.Escape($"simulate {p.Stage} ({p.DaysDone}/{p.DaysTotal} days)");
                    task.Value = p.Fraction;
                }), cancellationToken);
                task.Value = 1;
            });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulated {request.From:yyyy-MM-dd} … {request.To:yyyy-MM-dd} (seed {request.Seed}) in {clock.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        return 0;
    }
}
