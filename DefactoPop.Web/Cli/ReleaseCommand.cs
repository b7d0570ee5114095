using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Release;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>release --inbox DIR --city DIR --out DIR</c>: publishes every complete drop not yet released (estimate, protect,
/// attack, write the official files, manifest last) and exits. With <c>--db</c> the estimates are also stored for the
/// dashboard. Exit 0 when every drop went out or was unchanged, 2 when one was quarantined or the inputs are unusable.
/// </summary>
public sealed class ReleaseCommand : AsyncCommand<ReleaseCommand.Settings>
{
    /// <summary>Test hook: the pipeline stage at which the process announces itself and waits to be killed.</summary>
    public const string HoldAtVariable = "DEFACTOPOP_RELEASE_HOLD_AT";

    public sealed class Settings : DbSettings
    {
        [CommandOption("--inbox <DIR>")]
        [Description("The operator's drops: day folders (yyyy-MM-dd, complete once manifest.json is there) and reference/.")]
        public string Inbox { get; init; } = "";

        [CommandOption("--city <DIR>")]
        [Description("The city's inputs: zones.csv, land_use.csv, register.csv and (optional) census.csv.")]
        public string City { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where released days go: one folder per day (yyyyMMdd) and quarantine/.")]
        public string Out { get; init; } = "";

        [CommandOption("--encoding <ENCODING>")]
        [Description("cp949 (default, as Seoul) or utf-8.")]
        public string Encoding { get; init; } = "cp949";

        [CommandOption("--threshold <PERSONS>")]
        [Description("Cells at or below this are suppressed (default 3).")]
        public double Threshold { get; init; } = 3;

        [CommandOption("--window <N>")]
        [Description("Ordinary weeknights before each day that calibration uses (default 7).")]
        public int Window { get; init; } = 7;

        public override ValidationResult Validate()
        {
            if (!Directory.Exists(Inbox))
                return ValidationResult.Error($"--inbox must name an existing folder (got '{Inbox}').");
            if (!Directory.Exists(City))
                return ValidationResult.Error($"--city must name an existing folder (got '{City}').");
            if (string.IsNullOrWhiteSpace(Out))
                return ValidationResult.Error("--out must name a folder.");
            if (Encoding is not ("cp949" or "utf-8"))
                return ValidationResult.Error($"--encoding must be cp949 or utf-8 (got '{Encoding}').");
            if (Threshold <= 0 || Window < 1)
                return ValidationResult.Error("--threshold must be above 0 and --window at least 1.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new ReleaseRequest(Path.GetFullPath(settings.Inbox), Path.GetFullPath(settings.City), Path.GetFullPath(settings.Out))
        {
            Disclosure = new DisclosureOptions(settings.Threshold),
            Encoding = settings.Encoding == "utf-8" ? OutputEncoding.Utf8 : OutputEncoding.Cp949,
            Window = settings.Window,
        };
        await using var services = settings.Db is null ? null : CliServices.Build(settings.Db);
        if (services is not null)
            await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        var hold = Environment.GetEnvironmentVariable(HoldAtVariable);
        var pipeline = new ReleasePipeline(request)
        {
            Checkpoint = hold is null ? null : (day, stage) =>
            {
                if (stage != hold)
                    return;
                Console.Out.WriteLine($"hold: {day:yyyy-MM-dd} {stage}");
                Console.Out.Flush();
                Thread.Sleep(Timeout.Infinite);
            },
            Estimated = services is null ? null : async (frame, hours, ct) =>
            {
                var database = services.GetRequiredService<StoreDatabase>();
                var catalogs = services.GetRequiredService<ZoneCatalogCache>();
                await CityCatalog.EnsureAsync(database, catalogs, frame, ct);
                await EstimateWriter.StoreDayAsync(database, catalogs, frame, hours, DateTimeOffset.UtcNow, ct);
            },
        };
        IReadOnlyList<ReleaseOutcome> outcomes;
        try
        {
            outcomes = await pipeline.RunAsync(new Progress<string>(Console.WriteLine), cancellationToken);
        }
        catch (ImportFormatException e)
        {
            Console.Error.WriteLine("refused: a city or reference file is malformed; nothing was released.");
            foreach (var issue in e.Issues.Take(20))
                Console.Error.WriteLine("  error: " + issue);
            return CliApp.UsageError;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine("refused: " + e.Message);
            return CliApp.UsageError;
        }
        var quarantined = outcomes.Count(o => o.Status == ReleaseStatus.Quarantined);
        if (services is not null)
        {
            foreach (var o in outcomes)
                await CliAudit.WriteAsync(services, Data.Auth.AuditActions.Release, string.Create(CultureInfo.InvariantCulture, $"{o.Date:yyyy-MM-dd} {o.Status} r{o.Revision}"), cancellationToken);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"released {outcomes.Count(o => o.Status is ReleaseStatus.Published or ReleaseStatus.Republished)} day(s), unchanged {outcomes.Count(o => o.Status == ReleaseStatus.Unchanged)}, quarantined {quarantined}"));
        return quarantined == 0 ? 0 : CliApp.UsageError;
    }
}
