using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Import;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary><c>estimate --drops DIR --city DIR</c>: 생활인구 from the operator's files alone, one transaction per day.</summary>
public sealed class EstimateCommand : AsyncCommand<EstimateCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--drops <DIR>")]
        [Description("The operator's delivery: day folders (yyyy-MM-dd) and reference/ (cell plan, subscriber base, published rates).")]
        public string Drops { get; init; } = "";

        [CommandOption("--city <DIR>")]
        [Description("The city's inputs: zones.csv, land_use.csv, register.csv and (optional) census.csv.")]
        public string City { get; init; } = "";

        [CommandOption("--from <DATE>")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        public string? To { get; init; }

        [CommandOption("--window <N>")]
        [Description("Ordinary weeknights before each day that C2/C3 calibrate on (default 7).")]
        public int Window { get; init; } = 7;

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Drops) || !Directory.Exists(Drops))
                return ValidationResult.Error($"--drops must name an existing folder (got '{Drops}').");
            if (string.IsNullOrWhiteSpace(City) || !Directory.Exists(City))
                return ValidationResult.Error($"--city must name an existing folder (got '{City}').");
            return Window < 1 ? ValidationResult.Error("--window must be at least 1.") : base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new EstimateRequest(Path.GetFullPath(settings.Drops), Path.GetFullPath(settings.City),
            settings.From is null ? null : CliDates.Parse(settings.From), settings.To is null ? null : CliDates.Parse(settings.To), settings.Window);
        await using var services = CliServices.Build(settings.Db);
        await using var writer = await CliStoreLock.HoldAsync(services.GetRequiredService<ImportService>(), cancellationToken);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<EstimatedDay> days;
        try
        {
            days = await RunAsync(services.GetRequiredService<DropEstimationService>(), request, cancellationToken);
        }
        catch (ImportFormatException e)
        {
            Console.Error.WriteLine("refused: a city or reference file is malformed; nothing was estimated.");
            foreach (var issue in e.Issues.Take(20))
                Console.Error.WriteLine("  error: " + issue);
            return ImportCommand.BadInput;
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine("refused: " + e.Message);
            return ImportCommand.BadInput;
        }
        foreach (var day in days)
            Print(day);
        var refused = days.Count(d => !d.Stored);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"estimated {days.Count - refused} day(s), refused {refused}, in {clock.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        if (days.Count == 0)
            Console.Error.WriteLine($"no day folder (yyyy-MM-dd) in {request.Drops} falls in the range.");
        return refused == 0 && days.Count > 0 ? 0 : ImportCommand.BadInput;
    }

    private static async Task<IReadOnlyList<EstimatedDay>> RunAsync(DropEstimationService service, EstimateRequest request, CancellationToken ct)
    {
        IReadOnlyList<EstimatedDay> days = [];
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartGatedAsync(async ctx =>
            {
                var task = ctx.AddTask("estimate", maxValue: 1);
                days = await service.RunAsync(request, new Progress<(int Done, int Total, DateOnly Day)>(p =>
                {
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"estimate {p.Day:yyyy-MM-dd} ({p.Done}/{p.Total} days)");
                    task.Value = p.Total == 0 ? 1 : (double)p.Done / p.Total;
                }), ct);
                task.Value = 1;
            });
        return days;
    }

    private static void Print(EstimatedDay day)
    {
        var date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!day.Stored)
        {
            Console.Error.WriteLine($"{date}: refused, nothing stored from this day");
            foreach (var issue in day.Issues.Take(20))
                Console.Error.WriteLine("  error: " + issue);
            return;
        }
        var nights = day.Nights.Count == 0 ? "-" : $"{day.Nights[0]:MM-dd}…{day.Nights[^1]:MM-dd} ({day.Nights.Count})";
        Console.WriteLine($"{date}: stored; calibrated on nights {nights}{(day.WarmUp ? " [warm-up: no earlier ordinary night]" : "")}");
    }
}
