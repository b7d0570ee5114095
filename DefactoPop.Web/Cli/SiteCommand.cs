using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Routing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>site --preset senior|canopy|bus|retail</c>: runs a siting workbench with the same settings as /siting (they are
/// the page's URL keys) and prints the ranked sites, or with --json the contract in the README.
/// </summary>
public sealed class SiteCommand : AsyncCommand<SiteCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--preset <NAME>")]
        [Description("senior, canopy, bus or retail.")]
        public string? Preset { get; init; }

        [CommandOption("--from <DATE>")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        public string? To { get; init; }

        [CommandOption("-k|--sites <N>")]
        [Description("Sites (or corridors, or zones) to choose; default per preset (senior 3, canopy 20, bus 10, retail 10).")]
        public string? K { get; init; }

        [CommandOption("--draws <N>")]
        [Description("Posterior draws of the demand (default 30; 1 = the point estimate only).")]
        public string? Draws { get; init; }

        [CommandOption("--set <KEY=VALUE>")]
        [Description("Any other setting of the page, e.g. --set heat=0.5 --set agg=geometric --set facility=welfare --set retail=cosmetics.")]
        public string[] Set { get; init; } = [];

        [CommandOption("--top <N>")]
        [Description("Print only the first N sites (default: the chosen ones, at least 10).")]
        public int? Top { get; init; }

        [CommandOption("--json")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Preset) ? ValidationResult.Error("--preset is required (senior, canopy, bus or retail).") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SitingFilter filter;
        try
        {
            filter = SitingFilter.Parse(Values(settings), strict: true);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<Data.Import.ImportService>().EnsureReadyAsync(cancellationToken);
        SitingRunResult run;
        try
        {
            run = await services.GetRequiredService<SitingService>().RunAsync(filter, null, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        var result = run.Result;
        var top = settings.Top ?? Math.Max(10, result.Sites.Count(s => s.Chosen));
        if (settings.Json)
        {
            Console.WriteLine(SitingExport.Json(result, run.From, run.To, run.Level.Key(), top));
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{SitingFilter.PresetKey(result.Preset)} · {run.From:yyyy-MM-dd}…{run.To:yyyy-MM-dd} · {run.Level.NameKo()} · {result.Draws} draws"));
        foreach (var m in result.Metrics)
            Console.WriteLine(m.After is { } after ? string.Create(inv, $"{m.LabelKo}: {m.Value:0.##} → {after:0.##}{m.Unit}") : string.Create(inv, $"{m.LabelKo}: {m.Value:0.##}{m.Unit}"));
        if (!result.HasIntervals)
            Console.WriteLine("선정 빈도 없음: 가져온 공식 자료에는 구간이 없습니다 (selection frequencies unavailable: no intervals).");
        var table = new Table().AddColumns("rank", "site", "score", "selected", "rank 90%", "rationale");
        foreach (var s in result.Sites.Take(top))
        {
            table.AddRow(s.Rank.ToString(inv), Markup.Escape(s.Name), s.Score.ToString("0.###", inv),
                result.HasIntervals ? s.SelectionFrequency.ToString("P0", inv) : "-", $"{s.RankLow}–{s.RankHigh}", Markup.Escape(s.Rationale));
        }
        AnsiConsole.Write(table);
        foreach (var note in result.Notes)
            Console.WriteLine("note: " + note);
        return 0;
    }

    private static Dictionary<string, string?> Values(Settings s)
    {
        var values = new Dictionary<string, string?>
        {
            ["preset"] = s.Preset,
            ["from"] = s.From,
            ["to"] = s.To,
            ["k"] = s.K,
            ["draws"] = s.Draws,
        };
        foreach (var pair in s.Set)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new FormatException($"--set '{pair}': expected KEY=VALUE");
            var key = pair[..eq].Trim().ToLowerInvariant();
            if (key is "preset" or "from" or "to" or "k" or "draws")
                throw new FormatException($"--set {key}: use --{key}");
            values[key] = pair[(eq + 1)..];
        }
        return values;
    }
}
