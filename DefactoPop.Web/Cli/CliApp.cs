using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>Entry point of the command-line verbs hosted by the web executable.</summary>
public static class CliApp
{
    public static readonly string[] Verbs = ["import", "export", "summary", "simulate", "validate", "bench"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0]) || args[0] is "--help" or "-h" or "--version" or "help");

    /// <summary>Removes "--db PATH" from the server's arguments and returns the path (null for the default).</summary>
    public static string[] StripDbOption(string[] args, out string? dbPath)
    {
        dbPath = null;
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
                dbPath = args[++i];
            else if (args[i].StartsWith("--db=", StringComparison.Ordinal))
                dbPath = args[i]["--db=".Length..];
            else
                rest.Add(args[i]);
        }
        return [.. rest];
    }

    public static Task<int> RunAsync(string[] args, CancellationToken ct = default) => Build().RunAsync(args, ct);

    public static CommandApp Build()
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            c.SetApplicationName("DefactoPop.Web");
            c.AddCommand<ImportCommand>("import").WithDescription("Load official files (living population CSV, boundaries, code tables, register) into the store.");
            c.AddCommand<ExportCommand>("export").WithDescription("Write stored figures in the official layouts, with disclosure control.");
            c.AddCommand<SummaryCommand>("summary").WithDescription("Registered total, mean/max/min of the hourly city total, and per-district means.");
            c.AddCommand<SimulateCommand>("simulate").WithDescription("Simulate the synthetic city, what KT would observe, estimate, and store (all levels).");
            c.AddCommand<ValidateCommand>("validate").WithDescription("Measure the estimator against the synthetic truth (JSON contract in the README).");
            c.AddCommand<BenchCommand>("bench").WithDescription("Benchmarks: import throughput, per-hour query latency, store size.");
            c.PropagateExceptions();
        });
        return app;
    }
}
