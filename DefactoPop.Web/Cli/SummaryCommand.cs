using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Abstractions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

public sealed class SummaryCommand : AsyncCommand<SummaryCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--json")]
        [Description("Print the JSON contract documented in the README.")]
        public bool Json { get; init; }

        [CommandOption("--from <DATE>")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        public string? To { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<Data.Import.ImportService>().EnsureReadyAsync(cancellationToken);
        var store = services.GetRequiredService<IPopulationReadStore>();
        var summary = await store.GetSummaryAsync(CliDates.ParseOptional(settings.From), CliDates.ParseOptional(settings.To), cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(SummaryJson.Write(summary));
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"registered: {Format(summary.Registered > 0 ? summary.Registered : null)}"));
        Console.WriteLine(string.Create(inv, $"days: {summary.Days}"));
        Console.WriteLine(string.Create(inv, $"mean of hourly city total: {Format(summary.Mean)}"));
        if (summary.Max is { } max)
            Console.WriteLine(string.Create(inv, $"max: {Format(max.Value)} at {max.At}"));
        if (summary.Min is { } min)
            Console.WriteLine(string.Create(inv, $"min: {Format(min.Value)} at {min.At}"));
        var table = new Table().AddColumns("code", "자치구", "registered", "mean present");
        foreach (var d in summary.Districts)
            table.AddRow(d.Code, d.Name, Format(d.Registered > 0 ? d.Registered : null), Format(d.Mean));
        AnsiConsole.Write(table);
        return 0;
    }

    private static string Format(double? v) => v is { } x ? x.ToString("N0", CultureInfo.InvariantCulture) : "-";
}
