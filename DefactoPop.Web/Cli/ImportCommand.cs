using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Import;
using DefactoPop.Web.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

public sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    public const int BadInput = 2;

    public sealed class Settings : DbSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files or folders to load.")]
        public required string[] Paths { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(settings.Db);
        var imports = services.GetRequiredService<ImportService>();
        imports.Lock.AnnounceWaits();
        IReadOnlyList<string> files;
        try
        {
            files = ImportService.ExpandPaths(settings.Paths);
        }
        catch (ImportFormatException e)
        {
            PrintIssues(e);
            return BadInput;
        }
        await imports.EnsureReadyAsync(cancellationToken);
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                ImportReport report = null!;
                await AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartGatedAsync(async ctx =>
                    {
                        var task = ctx.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                        report = await imports.ImportFileAsync(file, new Progress<double>(p => task.Value = p), cancellationToken);
                        task.Value = 1;
                    });
                Print(report);
                await CliAudit.WriteAsync(services, Data.Auth.AuditActions.Import,
                    string.Create(CultureInfo.InvariantCulture, $"{report.File} ({report.Kind}, {report.Rows} rows)"), cancellationToken);
            }
            catch (ImportFormatException e)
            {
                failed++;
                AnsiConsole.MarkupLine($"[red]refused[/] {Markup.Escape(file)}: nothing was loaded from it.");
                PrintIssues(e);
            }
        }
        return failed == 0 ? 0 : BadInput;
    }

    private static void PrintIssues(ImportFormatException e)
    {
        foreach (var issue in e.Issues.Take(20))
            Console.Error.WriteLine("  error: " + issue);
        if (e.Issues.Count > 20)
            Console.Error.WriteLine($"  … and {e.Issues.Count - 20} more");
    }

    private static void Print(ImportReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{r.File}: {r.Kind}");
        Console.WriteLine(string.Create(inv, $"  rows: {r.Rows}, zones: {r.Zones}, masked cells: {r.MaskedCells}, rejected rows: {r.RejectedRows}, encoding: {r.Encoding}"));
        if (r.FirstDate is { } first && r.LastDate is { } last)
            Console.WriteLine(string.Create(inv, $"  dates: {first:yyyy-MM-dd} … {last:yyyy-MM-dd}"));
        if (r.MissingDays.Count > 0)
            Console.WriteLine($"  missing days ({r.MissingDays.Count}): {string.Join(", ", r.MissingDays.Select(d => d.ToString("yyyy-MM-dd", inv)))}");
        if (r.IncompleteDays.Count > 0)
            Console.WriteLine($"  days with missing hours ({r.IncompleteDays.Count}): {string.Join(", ", r.IncompleteDays.Take(10).Select(d => string.Create(inv, $"{d.Date:yyyy-MM-dd} ({d.Hours} h)")))}");
        if (r.MissingZoneHours > 0)
            Console.WriteLine(string.Create(inv, $"  zone-hours missing on present hours: {r.MissingZoneHours}"));
        if (r.MissingDays.Count == 0 && r.IncompleteDays.Count == 0 && r.MissingZoneHours == 0)
            Console.WriteLine("  gaps: none");
        foreach (var note in r.Notes)
            Console.WriteLine("  note: " + note);
    }
}
