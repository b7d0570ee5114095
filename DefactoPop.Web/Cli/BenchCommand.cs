using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>Measures import throughput, per-hour query latency and store size on a Seoul-scale made-up city.</summary>
public sealed class BenchCommand : AsyncCommand<BenchCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--days <N>")]
        [Description("Days of 집계구 data to load (domestic + long- and short-term foreigners). Default 2.")]
        public int Days { get; init; } = 2;

        [CommandOption("--estimate")]
        [Description("Time estimation instead: one full-size day from its operator drop, one hour, peak memory.")]
        public bool Estimate { get; init; }

        [CommandOption("--release")]
        [Description("Time the daily release instead: one full-size day from a complete drop to published files, whole process, and the attacker over it.")]
        public bool Release { get; init; }

        [CommandOption("--api")]
        [Description("Load-test the open-data API instead: --rate requests/s for --seconds, on loopback (store: --db, or one simulated day).")]
        public bool Api { get; init; }

        [CommandOption("--rate <N>")]
        public int Rate { get; init; } = 200;

        [CommandOption("--seconds <N>")]
        public int Seconds { get; init; } = 60;

        [CommandOption("--load")]
        [Description("Load-test the dashboard instead: --users Playwright pages in one Chromium for --minutes on loopback, each stepping the map's hour or level every 2–5 s (store: --db, or one simulated day).")]
        public bool Load { get; init; }

        [CommandOption("--users <N>")]
        public int Users { get; init; } = 50;

        [CommandOption("--minutes <N>")]
        public double Minutes { get; init; } = 10;

        [CommandOption("--siting")]
        [Description("MCLP over 19,153 × 2,000 and the canopy preset with 30 draws (whole process; --db or a simulated week).")]
        public bool Siting { get; init; }

        [CommandOption("--deck")]
        [Description("The briefing deck written by the deck verb, whole process (--db, or two simulated days).")]
        public bool Deck { get; init; }

        [CommandOption("--animation")]
        [Description("The 24-hour map animation written by the animate verb, GIF (and MP4 with ffmpeg), whole process (--db, or two simulated days).")]
        public bool Animation { get; init; }

        [CommandOption("--peers")]
        [Description("Time whole processes side by side on the 집계구 day file: our import, pandas and DuckDB (skipped when not installed; .ci/peers/install).")]
        public bool Peers { get; init; }

        [CommandOption("--runs <N>")]
        [Description("Runs of each process for --peers (the median is reported). Default 3.")]
        public int Runs { get; init; } = 3;

        [CommandOption("--fill-days <N>")]
        [Description("PostgreSQL: after the --days imported, copy their blocks forward (binary COPY, one transaction per day) until the store holds N days, e.g. 92 for a quarter.")]
        public int FillDays { get; init; }

        [CommandOption("--provider <NAME>")]
        [Description("The store benched: sqlite (default) or postgres (--db CONNECTION, or a throwaway cluster of the installed server).")]
        public string Provider { get; init; } = "sqlite";

        [CommandOption("--keep")]
        [Description("Keep the benchmark database (its path is printed).")]
        public bool Keep { get; init; }

        public bool Postgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);

        public override Spectre.Console.ValidationResult Validate()
        {
            if (!Postgres && !Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
                return Spectre.Console.ValidationResult.Error($"--provider '{Provider}' is unknown (sqlite or postgres)");
            if (FillDays != 0 && (!Postgres || FillDays <= Days))
                return Spectre.Console.ValidationResult.Error("--fill-days needs --provider postgres and more days than --days");
            if (Postgres && Db is { } db && !StoreLocation.LooksLikePostgres(db))
                return Spectre.Console.ValidationResult.Error("--provider postgres needs --db to be a PostgreSQL connection string (or no --db: a throwaway cluster)");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        var dir = Path.Combine(Path.GetTempPath(), "defactopop-bench-" + Environment.ProcessId.ToString(inv));
        Directory.CreateDirectory(dir);
        using var pg = settings.Postgres ? await PostgresBench.OpenAsync(settings.Db, cancellationToken) : null;
        var dbPath = pg?.ConnectionString ?? settings.Db ?? Path.Combine(dir, "bench.db");
        try
        {
            if (settings.Deck)
                return await DeckBench.RunAsync(dir, settings.Db, cancellationToken);
            if (settings.Animation)
                return await AnimationBench.RunAsync(dir, settings.Db, cancellationToken);
            if (settings.Siting)
                return await SitingBench.RunAsync(dir, settings.Db, cancellationToken);
            if (settings.Peers)
                return await PeerBench.RunAsync(dir, settings.Runs, cancellationToken);
            if (settings.Load)
                return await LoadBench.RunAsync(dir, settings.Db, settings.Users, settings.Minutes, cancellationToken);
            if (settings.Api)
                return await ApiLoadBench.RunAsync(dir, settings.Db, settings.Rate, settings.Seconds, cancellationToken);
            if (settings.Release)
                return await ReleaseBench.RunAsync(dir, Data.Simulation.SimulationRequest.DefaultSeed, cancellationToken);
            if (settings.Estimate)
                return await EstimateBench.RunAsync(dir, dbPath, Data.Simulation.SimulationRequest.DefaultSeed, cancellationToken);
            await using var services = CliServices.Build(dbPath, internalView: true);
            var imports = services.GetRequiredService<ImportService>();
            await imports.EnsureReadyAsync(cancellationToken);
            var (dongs, oas) = BenchCity.Build();
            await using (var db = await services.GetRequiredService<StoreDatabase>().Contexts.CreateDbContextAsync(cancellationToken))
                await ZoneCatalogWriter.UpsertAsync(db, [.. dongs, .. oas], null, cancellationToken);
            services.GetRequiredService<ZoneCatalogCache>().Invalidate();

            var database = services.GetRequiredService<StoreDatabase>();
            Console.WriteLine($"bench: {oas.Count:N0} 집계구, {dongs.Count} 행정동, {settings.Days} day(s), db {database.Describe()}");
            var loadClock = new Stopwatch();
            long loadedRows = 0;
            var start = new DateOnly(2017, 12, 18);
            var importRates = new List<double>();
            for (var d = 0; d < settings.Days; d++)
            {
                var date = start.AddDays(d);
                var file = Path.Combine(dir, OfficialFileNames.For(FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic), date));
                LivingPopulationWriter.WriteFile(file, FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic), BenchCity.DayRows(oas, date, d), LivingPopulationWriterOptions.Official);
                if (d == 0)
                {
                    var parseCpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var (parsed, parseTime) = ReaderBenchmark.Run(file);
                    var parseCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - parseCpu).TotalSeconds;
                    Console.WriteLine(string.Create(inv, $"parse only: {parsed:N0} rows in {parseTime.TotalSeconds:F2} s = {parsed / parseTime.TotalSeconds:N0} rows/s, CPU {parseCpuSeconds:F2} s ({new FileInfo(file).Length / 1e6:F0} MB cp949)"));
                }
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                loadClock.Start();
                var report = await imports.ImportFileAsync(file, null, cancellationToken);
                sw.Stop();
                loadClock.Stop();
                loadedRows += report.Rows;
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                importRates.Add(report.Rows / sw.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(inv, $"import {Path.GetFileName(file)}: {report.Rows:N0} rows in {sw.Elapsed.TotalSeconds:F2} s = {report.Rows / sw.Elapsed.TotalSeconds:N0} rows/s (parse + validate + store + roll-ups, one transaction; CPU {cpuSeconds:F2} s on 2 threads; store {report.Timings?.Store.TotalSeconds:F1} s, roll-ups {report.Timings?.Rollup.TotalSeconds:F1} s, commit {report.Timings?.Commit.TotalSeconds:F1} s)"));
                File.Delete(file);
                foreach (var cls in new[] { PopulationClass.LongTermForeign, PopulationClass.ShortTermForeign })
                {
                    var layout = FileLayout.For(ZoneLevel.Oa, cls);
                    var foreignFile = Path.Combine(dir, OfficialFileNames.For(layout, date));
                    LivingPopulationWriter.WriteFile(foreignFile, layout, ForeignRows(oas, date, cls, d), LivingPopulationWriterOptions.Official);
                    sw.Restart();
                    loadClock.Start();
                    var fr = await imports.ImportFileAsync(foreignFile, null, cancellationToken);
                    loadClock.Stop();
                    loadedRows += fr.Rows;
                    Console.WriteLine(string.Create(inv, $"import {Path.GetFileName(foreignFile)}: {fr.Rows:N0} rows in {sw.Elapsed.TotalSeconds:F2} s"));
                    File.Delete(foreignFile);
                }
            }

            Console.WriteLine(string.Create(inv, $"load: {loadedRows:N0} rows in {loadClock.Elapsed.TotalSeconds:F1} s = {loadedRows / loadClock.Elapsed.TotalSeconds:N0} rows/s over {settings.Days} day(s) of 3 files each ({database.Provider})"));
            var days = settings.Days;
            if (pg is not null && settings.FillDays > settings.Days)
            {
                var (copied, bytesCopied, elapsed) = await pg.FillAsync(start, settings.Days, settings.FillDays, cancellationToken);
                Console.WriteLine(string.Create(inv, $"fill: {settings.FillDays - settings.Days} more day(s) copied from the imported ones by binary COPY: {copied:N0} blocks, {bytesCopied / 1e6:F0} MB in {elapsed.TotalSeconds:F1} s = {bytesCopied / 1e6 / elapsed.TotalSeconds:F0} MB/s, {(settings.FillDays - settings.Days) * oas.Count * 24 * 3 / elapsed.TotalSeconds:N0} 집계구-class-hours/s"));
                days = settings.FillDays;
            }
            var store = services.GetRequiredService<IPopulationReadStore>();
            var queries = new (string Name, ZoneLevel Level, PopulationQuery Query)[]
            {
                ("집계구 all", ZoneLevel.Oa, PopulationQuery.All),
                ("집계구 female 70+", ZoneLevel.Oa, new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus)),
                ("집계구 short-term Chinese", ZoneLevel.Oa, new PopulationQuery(PopulationClass.ShortTermForeign, Nationality: Nationality.Chinese)),
                ("행정동 all", ZoneLevel.Dong, PopulationQuery.All),
                ("행정동 male 20-24", ZoneLevel.Dong, new PopulationQuery(PopulationClass.Domestic, Sex.Male, AgeBand.A20To24)),
                ("자치구 all", ZoneLevel.Gu, PopulationQuery.All),
            };
            foreach (var (name, level, query) in queries)
            {
                var times = new List<double>();
                for (var i = 0; i < 40; i++)
                {
                    var slot = new HourSlot(start.AddDays(i * 7 % days), i % 24);
                    var sw = Stopwatch.StartNew();
                    var snap = await store.GetLevelAsync(slot, level, query, cancellationToken);
                    sw.Stop();
                    if (i >= 5)
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    if (snap.Values.Length == 0)
                        throw new InvalidOperationException("empty result");
                }
                times.Sort();
                var target = level == ZoneLevel.Oa ? 30 : 5;
                var median = times[times.Count / 2];
                Console.WriteLine(string.Create(inv, $"query {name}: median {median:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms (warm, {times.Count} runs; target ≤ {target} ms: {(median <= target ? "met" : "MISSED")})"));
            }

            long bytes;
            if (pg is not null)
            {
                var (blocks, live, whole, partitions) = await pg.SizeAsync(cancellationToken);
                Console.WriteLine(string.Create(inv, $"disk: block table {blocks / 1e6:F0} MB in {partitions} monthly partition(s) (pg_total_relation_size; live blocks {live / 1e6:F0} MB, the rest space freed by re-imports for reuse), database {whole / 1e6:F0} MB (pg_database_size)"));
                bytes = blocks;
            }
            else
            {
                await using (var connection = await database.OpenAsync(cancellationToken))
                await using (var cmd = connection.CreateCommand())
                {
                    cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                    await cmd.ExecuteNonQueryAsync(cancellationToken);
                }
                bytes = new FileInfo(dbPath).Length;
            }
            var perDay = (double)bytes / days;
            Console.WriteLine(string.Create(inv, $"store: {bytes / 1e6:F0} MB for {days} day(s) = {perDay / 1e6:F1} MB/day, {perDay / (oas.Count * 24.0):F1} bytes per 집계구-hour (28 strata + 6 foreign values + roll-ups)"));
            Console.WriteLine(string.Create(inv, $"store: a 92-day quarter of official files extrapolates to {perDay * 92 / 1e9:F2} GB (target ≤ 2.5 GB; estimates with intervals: bench --estimate)"));
            Console.WriteLine(string.Create(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!settings.Keep)
                Directory.Delete(dir, true);
        }
    }

    private static IEnumerable<PopulationRow> ForeignRows(IReadOnlyList<Zone> oas, DateOnly date, PopulationClass cls, int seed)
    {
        var random = new Random(seed * 7 + (int)cls);
        for (var hour = 0; hour < 24; hour++)
        {
            foreach (var oa in oas)
            {
                var cn = Math.Round(random.NextDouble() * (cls == PopulationClass.LongTermForeign ? 30 : 12), 2);
                var other = Math.Round(random.NextDouble() * 10, 2);
                yield return new PopulationRow(new HourSlot(date, hour), ZoneLevel.Oa, oa.Code, cls, PopValue.Of(Math.Round(cn + other, 2)))
                {
                    ParentCode = oa.ParentCode,
                    Chinese = cn <= 3 ? PopValue.Masked : PopValue.Of(cn),
                    OtherForeign = other <= 3 ? PopValue.Masked : PopValue.Of(other),
                };
            }
        }
    }
}
