using System.ComponentModel;
using System.Globalization;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary><c>migrate-store --from sqlite:PATH --to postgres:CONN</c>: copies a whole SQLite store into a new PostgreSQL store and verifies it.</summary>
public sealed class MigrateStoreCommand : AsyncCommand<MigrateStoreCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--from <STORE>")]
        [Description("sqlite:PATH, the SQLite store to copy (read only; it must be at this build's schema).")]
        public string From { get; init; } = "";

        [CommandOption("--to <STORE>")]
        [Description("postgres:CONNECTION (Host=…;Database=…;Username=… or a postgresql:// URI): an empty PostgreSQL database, migrated first.")]
        public string To { get; init; } = "";

        public string SqlitePath => From["sqlite:".Length..];

        public string PostgresConnection => To["postgres:".Length..];

        public override ValidationResult Validate()
        {
            if (!From.StartsWith("sqlite:", StringComparison.Ordinal) || From.Length == "sqlite:".Length)
                return ValidationResult.Error("migrate-store needs --from sqlite:PATH");
            if (!File.Exists(SqlitePath))
                return ValidationResult.Error($"--from: {SqlitePath}: no such store");
            if (!To.StartsWith("postgres:", StringComparison.Ordinal) || To.Length == "postgres:".Length)
                return ValidationResult.Error("migrate-store needs --to postgres:CONNECTION (Host=…;Database=…;Username=… or postgresql://…)");
            return StoreLocation.PostgresProblem(PostgresConnection) is { } problem ? ValidationResult.Error("--to " + problem) : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var inv = CultureInfo.InvariantCulture;
        await using var services = CliServices.Build(settings.PostgresConnection);
        var target = services.GetRequiredService<StoreDatabase>();
        IReadOnlyList<TableCopy> tables;
        try
        {
            tables = await AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartGatedAsync(async ctx =>
                {
                    var task = ctx.AddTask("rows", maxValue: 1);
                    return await StoreMigration.CopyAsync(settings.SqlitePath, target,
                        new Progress<(long Done, long Total)>(p => task.Value = p.Total == 0 ? 1 : (double)p.Done / p.Total), cancellationToken);
                });
        }
        catch (Exception e) when (e is StoreBackupException or NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }
        Console.WriteLine($"copied {Path.GetFullPath(settings.SqlitePath)} → {target.Describe()}");
        foreach (var t in tables)
            Console.WriteLine(string.Create(inv, $"  {t.Table}: {t.SourceRows} → {t.TargetRows} rows, checksum {t.TargetChecksum[..16]} {(t.Matches ? "ok" : "MISMATCH (source " + t.SourceChecksum[..16] + ")")}"));
        if (tables.All(t => t.Matches))
        {
            Console.WriteLine(string.Create(inv, $"verified: {tables.Sum(t => t.TargetRows)} rows in {tables.Count} tables, row counts and checksums equal"));
            return 0;
        }
        Console.Error.WriteLine("error: the copy differs from the source (see MISMATCH above)");
        return 1;
    }
}
