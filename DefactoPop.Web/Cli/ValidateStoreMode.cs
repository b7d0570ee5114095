using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Import;
using DefactoPop.Core.Validation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using Spectre.Console;

namespace DefactoPop.Web.Cli;

/// <summary>validate --truth DIR: the stored estimates of chosen days against the sealed truth, per day and overall.</summary>
public static class ValidateStoreMode
{
    /// <summary>Exit code of a missing day or a refused truth file.</summary>
    public const int BadInput = 2;

    /// <summary>The table's metric columns: header and the target that colours the cell.</summary>
    private static readonly (string Header, string Target)[] s_columns =
    [
        ("city", "cityTotalMaxErrorPct"),
        ("gu", "wapeGuPct"),
        ("dong", "wapeDongPct"),
        ("oa", "wapeOaPct"),
        ("c.oa", "interval90CoverageOaPct"),
        ("c.dong", "interval90CoverageDongPct"),
        ("c.gu", "interval90CoverageGuPct"),
        ("c.city", "interval90CoverageCityPct"),
    ];

    private const string Legend =
        "city: largest hourly city-total error %; gu/dong/oa: WAPE % at 자치구/행정동/집계구; c.*: 90 % interval coverage % by level.";

    public static async Task<int> RunAsync(ValidateCommand.Settings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var days = settings.TruthDays;
        var root = StoredValidationRun.TruthRoot(settings.Truth!);
        await using var services = CliServices.Build(settings.Db, internalView: true);
        await services.GetRequiredService<ImportService>().EnsureReadyAsync(ct);
        var run = new StoredValidationRun(services.GetRequiredService<IPopulationReadStore>());
        if (await run.MissingAsync(root, days, ct) is { } missing)
        {
            await Console.Error.WriteLineAsync("error: " + missing);
            return BadInput;
        }
        StoredValidationReport report;
        try
        {
            report = settings.Json
                ? await run.RunAsync(root, days, null, ct)
                : await AnsiConsole.Status().StartGatedAsync("validating the store against the sealed truth …",
                    status => run.RunAsync(root, days, new Progress<DateOnly>(d => status.Status($"validating {Date(d)} …")), ct));
        }
        catch (ImportFormatException e)
        {
            await Console.Error.WriteLineAsync("error: the sealed truth was refused:");
            foreach (var issue in e.Issues)
                await Console.Error.WriteLineAsync("  " + issue);
            return BadInput;
        }
        if (!settings.NoStore)
            await MetaStore.SetAsync(services.GetRequiredService<StoreDatabase>(), MetaKeys.Validation, report.ToJson(), ct);
        if (settings.Json)
            Console.WriteLine(report.ToJson());
        else
            Print(report);
        return 0;
    }

    private static void Print(StoredValidationReport report)
    {
        var goals = report.Overall.Targets.ToDictionary(t => t.Name, t => t.Target, StringComparer.Ordinal);
        var table = new Table().Border(TableBorder.Simple).AddColumn("day");
        foreach (var (header, _) in s_columns)
            table.AddColumn(new TableColumn(header).RightAligned().PadLeft(0));
        table.AddColumn(new TableColumn("met").PadLeft(0));
        table.AddRow(["[dim]goal[/]", .. s_columns.Select(c => "[dim]" + Markup.Escape(goals[c.Target]) + "[/]"), ""]);
        foreach (var day in report.Days)
            table.AddRow(Row(day.Date ?? "", day));
        table.AddRow(Row("[bold]overall[/]", report.Overall));
        AnsiConsole.Write(table);
        Console.WriteLine(Legend);
        if (report.Overall.Foreigners is { } f)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"foreigners (mean hourly city-total error): long-term {f.LongTermErrorPct:F2} %, short-term {f.ShortTermErrorPct:F2} %, Chinese share {f.ChineseShareErrorPp:F2} pp"));
        AnsiConsole.MarkupLine(report.AllTargetsMet ? "[green]all targets met on every day[/]" : "[red]some targets missed[/] (red cells)");
    }

    private static string[] Row(string label, StoredMetrics m)
    {
        var byName = m.Targets.ToDictionary(t => t.Name, StringComparer.Ordinal);
        return
        [
            label,
            .. s_columns.Select(c => Cell(byName[c.Target])),
            $"{m.Targets.Count(t => t.Met)}/{m.Targets.Count}",
        ];
    }

    private static string Cell(TargetCheck t) =>
        (t.Met ? "[green]" : "[red]") + t.Value.ToString("F2", CultureInfo.InvariantCulture) + "[/]";

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
