using System.ComponentModel;
using DefactoPop.Core.Domain;
using DefactoPop.Web.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

public sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--level <LEVEL>")]
        [Description("oa, dong or gu.")]
        public string Level { get; init; } = "dong";

        [CommandOption("--from <DATE>")]
        public required string From { get; init; }

        [CommandOption("--to <DATE>")]
        public required string To { get; init; }

        [CommandOption("--class <CLASS>")]
        [Description("domestic, long or short.")]
        public string Class { get; init; } = "domestic";

        [CommandOption("--encoding <ENCODING>")]
        [Description("cp949 (default) or utf-8.")]
        public string Encoding { get; init; } = "cp949";

        [CommandOption("--threshold <PERSONS>")]
        [Description("Cells at or below this are written as * (default 3; 0 keeps every value).")]
        public double Threshold { get; init; } = 3;

        [CommandOption("--intervals")]
        [Description("Append the 90% bounds of each row's total (90%구간하한, 90%구간상한); off keeps the official layout.")]
        public bool Intervals { get; init; }

        [CommandOption("--out <FILE>")]
        public required string Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ExportRequest request;
        try
        {
            ExportService.ParseEncoding(settings.Encoding);
            request = new ExportRequest(ZoneLevels.Parse(settings.Level), CliDates.Parse(settings.From), CliDates.Parse(settings.To),
                PopulationClasses.Parse(settings.Class), settings.Encoding, settings.Out)
            { Threshold = settings.Threshold > 0 ? settings.Threshold : null, Intervals = settings.Intervals };
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ImportCommand.BadInput;
        }
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(cancellationToken);
        ExportResult result = null!;
        try
        {
            await AnsiConsole.Progress().AutoClear(true).StartGatedAsync(async ctx =>
            {
                var task = ctx.AddTask("export", maxValue: 1);
                result = await services.GetRequiredService<ExportService>().ExportAsync(request, new Progress<double>(p => task.Value = p), cancellationToken);
            });
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ImportCommand.BadInput;
        }
        Console.WriteLine($"{result.Path}: {result.Layout}, {result.Rows} rows, {result.MaskedCells} masked cells");
        await CliAudit.WriteAsync(services, Data.Auth.AuditActions.Export,
            $"{result.Path} ({result.Layout}, {result.Rows} rows{(request.Threshold is null ? ", raw" : "")})", cancellationToken);
        return 0;
    }
}
