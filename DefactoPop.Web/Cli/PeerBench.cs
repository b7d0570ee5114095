using System.Diagnostics;
using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Validation;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>bench --peers</c>: whole processes side by side on the generated 집계구 day file, as a user runs each one.
/// Ours: <c>import FILE --db DB</c> on a store that already holds the zone catalogue. pandas: <c>read_csv</c> +
/// <c>to_sql</c> into SQLite. DuckDB (node API): <c>CREATE TABLE … AS SELECT * FROM read_csv(…)</c> on a UTF-8 copy.
/// A peer that is not installed is skipped with a message (<c>.ci/peers/install</c> installs both).
/// </summary>
internal static class PeerBench
{
    private sealed record Tool(string Name, string Program, IReadOnlyList<string> Arguments, string Output);

    public static async Task<int> RunAsync(string dir, int runs, CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        runs = Math.Max(1, runs);
        var template = Path.Combine(dir, "catalogue.db");
        var (dongs, oas) = BenchCity.Build();
        await using (var services = CliServices.Build(template))
        {
            await services.GetRequiredService<ImportService>().EnsureReadyAsync(ct);
            await using var db = await services.GetRequiredService<StoreDatabase>().Contexts.CreateDbContextAsync(ct);
            await ZoneCatalogWriter.UpsertAsync(db, [.. dongs, .. oas], null, ct);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var date = new DateOnly(2017, 12, 18);
        var layout = FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic);
        var file = Path.Combine(dir, OfficialFileNames.For(layout, date));
        LivingPopulationWriter.WriteFile(file, layout, BenchCity.DayRows(oas, date, 0), LivingPopulationWriterOptions.Official);
        var utf8 = Path.Combine(dir, "day-utf8.csv");
        File.WriteAllText(utf8, File.ReadAllText(file, Encoding.GetEncoding(949)), new UTF8Encoding(false));
        var rows = File.ReadLines(utf8).LongCount() - 1;
        Console.WriteLine(string.Create(inv,
            $"peers: {rows:N0} rows × {layout.Columns.Count} columns, {new FileInfo(file).Length / 1e6:F0} MB cp949; {runs} run(s) each, whole process, on {Environment.ProcessorCount} cores"));

        var tools = new List<Tool> { Ours(file, Path.Combine(dir, "ours.db")) };
        if (PeersFolder() is not { } peers)
            Console.WriteLine("skipped pandas and DuckDB: their load scripts (.ci/peers) are not above this folder or the executable");
        else
        {
            if (await PythonWithPandasAsync(ct) is not { } python)
                Console.WriteLine("skipped pandas: neither python3 on the PATH nor /usr/bin/python3 imports pandas (install python3-pandas, or run .ci/peers/install)");
            else
                tools.Add(new Tool("pandas read_csv + to_sql (SQLite)", python, [Path.Combine(peers, "pandas-load.py"), Path.Combine(dir, "pandas.db"), file, "cp949"], Path.Combine(dir, "pandas.db")));
            if (!Directory.Exists(Path.Combine(peers, "node_modules", "@duckdb", "node-api")) || !await ProbeAsync("node", ["--version"], ct))
                Console.WriteLine("skipped DuckDB: node or @duckdb/node-api in .ci/peers is missing (run .ci/peers/install)");
            else
                tools.Add(new Tool("DuckDB CREATE TABLE AS read_csv (UTF-8 copy)", "node", [Path.Combine(peers, "duckdb-load.mjs"), Path.Combine(dir, "peer.duckdb"), utf8], Path.Combine(dir, "peer.duckdb")));
        }

        var times = tools.ToDictionary(t => t.Name, _ => new List<double>());
        for (var r = 0; r < runs; r++)
        {
            foreach (var tool in tools)
            {
                foreach (var stale in Directory.EnumerateFiles(dir, Path.GetFileName(tool.Output) + "*"))
                    File.Delete(stale);
                if (tool == tools[0])
                    File.Copy(template, tool.Output, overwrite: true);
                times[tool.Name].Add(await TimeAsync(tool, ct));
            }
        }
        var ours = ValidationMetrics.Median([.. times[tools[0].Name]]);
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"{"tool",-48} {"median s",9} {"runs",-22} vs ours"));
        foreach (var tool in tools)
        {
            var m = ValidationMetrics.Median([.. times[tool.Name]]);
            var ratio = tool == tools[0] ? "1.00×" : m >= ours ? string.Create(inv, $"ours {m / ours:F2}× faster") : string.Create(inv, $"ours {ours / m:F2}× slower");
            Console.WriteLine(string.Create(inv, $"{tool.Name,-48} {m,9:F2} {string.Join(" ", times[tool.Name].Select(t => t.ToString("F2", inv))),-22} {ratio}"));
        }
        Console.WriteLine("targets: ours ≥ 3× pandas and ≥ 1.0× DuckDB (whole process, same run)");
        return 0;
    }

    /// <summary>This very executable, as a user starts it: the apphost, or <c>dotnet DefactoPop.Web.dll</c>.</summary>
    private static Tool Ours(string file, string db)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(PeerBench).Assembly.Location;
        var viaDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
        IReadOnlyList<string> args = viaDotnet ? [dll, "import", file, "--db", db] : ["import", file, "--db", db];
        return new Tool("DefactoPop import (parse, validate, store, roll-ups)", self, args, db);
    }

    /// <summary>Runs this executable with <paramref name="args"/> to its end, as a user would.</summary>
    internal static Task<(int Exit, string Output)> RunOursAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
        return RunProcessAsync(self, viaDotnet ? [typeof(PeerBench).Assembly.Location, .. args] : args, ct);
    }

    /// <summary>The folder holding the peers' scripts: .ci/peers above the working directory or the executable.</summary>
    private static string? PeersFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, ".ci", "peers");
                if (File.Exists(Path.Combine(candidate, "duckdb-load.mjs")))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>The first Python that imports pandas: the PATH's (a pyenv shim may lack it), then Debian's.</summary>
    private static async Task<string?> PythonWithPandasAsync(CancellationToken ct)
    {
        foreach (var python in (string[])["python3", "/usr/bin/python3"])
        {
            if (await ProbeAsync(python, ["-c", "import pandas"], ct))
                return python;
        }
        return null;
    }

    private static async Task<double> TimeAsync(Tool tool, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var (exit, output) = await RunProcessAsync(tool.Program, tool.Arguments, ct);
        sw.Stop();
        if (exit != 0)
            throw new InvalidOperationException($"{tool.Name} failed ({exit}): {output}");
        return sw.Elapsed.TotalSeconds;
    }

    private static async Task<bool> ProbeAsync(string program, IReadOnlyList<string> args, CancellationToken ct)
    {
        try
        {
            return (await RunProcessAsync(program, args, ct)).Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }

    /// <summary>Runs a process to its end, reading both streams as it goes; its exit code and what it printed.</summary>
    private static async Task<(int Exit, string Output)> RunProcessAsync(string program, IReadOnlyList<string> args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stderr + await stdout);
    }

    /// <summary>The store a bench runs on: --db as given, or two simulated days of the full synthetic city (setup, not timed); null when simulate failed.</summary>
    public static async Task<string?> TwoDayStoreAsync(string dir, string? db, string fileName, CancellationToken ct)
    {
        if (db is not null)
            return db;
        var dbPath = Path.Combine(dir, fileName);
        var setup = System.Diagnostics.Stopwatch.StartNew();
        var sim = await RunOursAsync(["simulate", "--from", "2017-12-19", "--to", "2017-12-20", "--db", dbPath], ct);
        if (sim.Exit != 0)
        {
            Console.Error.WriteLine($"simulate failed ({sim.Exit}): {sim.Output}");
            return null;
        }
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"setup: two days of the full synthetic city simulated in {setup.Elapsed.TotalSeconds:F0} s"));
        return dbPath;
    }
}
