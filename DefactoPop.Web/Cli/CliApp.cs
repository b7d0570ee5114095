using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>What the command line asks for: the dashboard (no verb or "serve"), a verb, or something refused.</summary>
/// <param name="HostArgs">For serving: the arguments left for ASP.NET hosting (--urls, --environment, --Key=Value …).</param>
public sealed record CliRoute(bool Serve, string[] HostArgs, string? DbPath, string? Error);

/// <summary>Entry point of the command-line verbs hosted by the web executable.</summary>
public static class CliApp
{
    /// <summary>Exit code of a refused command line.</summary>
    public const int UsageError = 2;

    public static readonly string[] Verbs = ["import", "export", "summary", "simulate", "estimate", "validate", "release", "audit-release", "api-key", "user", "site", "deck", "animate", "backup", "restore", "migrate-store", "bench"];

    public const string Usage = """
        usage: DefactoPop.Web [serve] [--db FILE|CONNECTION] [--urls URL] [--environment NAME] [--Key=Value …]   run the dashboard
               DefactoPop.Web <verb> [options]   verbs: import, export, summary, simulate, estimate, validate, release, audit-release, api-key, user, site, deck, animate, backup, restore, migrate-store, bench
               DefactoPop.Web <verb> --help      the options of a verb
        """;

    public static CliRoute Route(string[] args)
    {
        if (args.Length == 0)
            return Serve([]);
        var first = args[0];
        if (first == "serve")
            return Serve(args[1..]);
        if (Verbs.Contains(first) || first is "help" or "--help" or "-h" or "--version")
            return new CliRoute(false, args, null, null);
        if (!first.StartsWith("--", StringComparison.Ordinal))
            return Refused($"unknown verb '{first}'");
        return Serve(args);
    }

    /// <summary>Runs a verb, or refuses the command line with a usage message on <paramref name="error"/> and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null, CancellationToken ct = default)
    {
        error ??= Console.Error;
        var route = Route(args);
        if (route.Error is not null || route.Serve)
            return Refuse(error, route.Error ?? "serving is done by the web host, not by a verb");
        // `site --k N` as the issue spells it (a one-letter long option is not allowed by the parser): the same as --sites.
        if (args[0] == "site")
            args = [.. args.Select(a => a == "--k" ? "--sites" : a)];
        try
        {
            return await Build().RunAsync(args, ct);
        }
        catch (CommandAppException e)
        {
            return Refuse(error, e.Message);
        }
    }

    public static CommandApp Build()
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("DefactoPop.Web");
            c.Settings.StrictParsing = true;
            c.AddCommand<ImportCommand>("import").WithDescription("Load official files (living population CSV, boundaries, code tables, register) into the store.");
            c.AddCommand<ExportCommand>("export").WithDescription("Write stored figures in the official layouts, with disclosure control.");
            c.AddCommand<SummaryCommand>("summary").WithDescription("Registered total, mean/max/min of the hourly city total, and per-district means.");
            c.AddCommand<SimulateCommand>("simulate").WithDescription("Simulate the synthetic city, what KT would observe, estimate, and store (all levels).");
            c.AddCommand<EstimateCommand>("estimate").WithDescription("Estimate from the operator's drops and the city's inputs (files only) into the store, one transaction per day.");
            c.AddCommand<ValidateCommand>("validate").WithDescription("Measure the estimator against the synthetic truth, or with --truth DIR the stored estimates against a sealed truth (JSON contracts in the README).");
            c.AddCommand<ReleaseCommand>("release").WithDescription("Publish every complete operator drop not yet released: estimate, protect, attack, write the official files.");
            c.AddCommand<AuditReleaseCommand>("audit-release").WithDescription("Attack one published day's folder: the interval of every suppressed cell; exit 2 on a violation.");
            c.AddBranch("api-key", b =>
            {
                b.SetDescription("Keys of the open-data API: add NAME issues one (printed once), list shows who holds one.");
                b.AddCommand<ApiKeyAddCommand>("add");
                b.AddCommand<ApiKeyListCommand>("list");
            });
            c.AddBranch("user", b =>
            {
                b.SetDescription("Users of the dashboard: add NAME --role admin|analyst|viewer (prints a one-time password), list, remove NAME.");
                b.AddCommand<UserAddCommand>("add");
                b.AddCommand<UserListCommand>("list");
                b.AddCommand<UserRemoveCommand>("remove");
            });
            c.AddCommand<SiteCommand>("site").WithDescription("Run a siting workbench (senior, canopy, bus, retail) with the settings of /siting; ranked sites, or --json.");
            c.AddCommand<DeckCommand>("deck").WithDescription("Write the briefing deck (PPTX) of a period: headline, districts, visitors' hotspots, a siting result, caveats.");
            c.AddCommand<AnimateCommand>("animate").WithDescription("Write the 24-hour map animation of a day (GIF, or MP4 with ffmpeg): --date, --metric as the map page's URL, --level district|dong.");
            c.AddCommand<BackupCommand>("backup").WithDescription("Copy the store into --to FILE (SQLite online backup, FILE.partial then moved, integrity-checked). " + BackupCommand.Scope);
            c.AddCommand<RestoreCommand>("restore").WithDescription("Replace the store by --from FILE after checking it is a DefactoPop store; refused while an import runs. " + BackupCommand.Scope);
            c.AddCommand<MigrateStoreCommand>("migrate-store").WithDescription("Copy a whole SQLite store into a new PostgreSQL store (--from sqlite:PATH --to postgres:CONNECTION), then verify row counts and checksums.");
            c.AddCommand<BenchCommand>("bench").WithDescription("Benchmarks: import throughput, per-hour query latency, store size.");
            c.PropagateExceptions();
        });
        return app;
    }

    private static int Refuse(TextWriter error, string message)
    {
        error.WriteLine("error: " + message);
        error.WriteLine(Usage);
        return UsageError;
    }

    private static CliRoute Refused(string message) => new(false, [], null, message);

    /// <summary>
    /// The dashboard's arguments: --db FILE is taken out and checked; everything else must be a hosting option
    /// ("--name value" or "--name=value"), as ASP.NET's command-line configuration reads them.
    /// </summary>
    private static CliRoute Serve(string[] args)
    {
        string? db = null;
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--db" || arg.StartsWith("--db=", StringComparison.Ordinal))
            {
                db = arg == "--db" ? (i + 1 < args.Length ? args[++i] : "") : arg["--db=".Length..];
                if (DbPathRule.Problem(db) is { } problem)
                    return Refused(problem);
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                return Refused($"unknown argument '{arg}' (the dashboard takes --db and hosting options such as --urls)");
            rest.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    return Refused($"option '{arg}' needs a value");
                rest.Add(args[++i]);
            }
        }
        return new CliRoute(true, [.. rest], db, null);
    }
}
