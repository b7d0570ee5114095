using System.ComponentModel;
using System.Globalization;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;
using Microsoft.Data.Sqlite;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary><c>backup --to FILE</c>: SQLite online backup of the store, written to FILE.partial, checked, then moved.</summary>
public sealed class BackupCommand : Command<BackupCommand.Settings>
{
    public const string Scope = "SQLite: online backup; PostgreSQL: pg_dump --format=custom and pg_restore.";

    public sealed class Settings : DbSettings
    {
        [CommandOption("--to <FILE>")]
        [Description("The backup file (written as FILE.partial, integrity-checked, then moved into place).")]
        public string To { get; init; } = "";

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(To) ? Spectre.Console.ValidationResult.Error("backup needs --to FILE") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (CliStorePath.Postgres(settings.Db) is { } pg)
        {
            try
            {
                var dump = PostgresBackup.BackupAsync(pg.PostgresConnectionString, settings.To, cancellationToken).GetAwaiter().GetResult();
                Console.WriteLine($"backed up {pg} → {dump.Path} (pg_dump, custom format)");
                CliStorePath.Print(dump);
                return 0;
            }
            catch (Exception e) when (e is StoreBackupException or InvalidOperationException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return CliApp.UsageError;
            }
        }
        var store = CliStorePath.Resolve(settings.Db);
        try
        {
            var report = StoreBackup.Backup(store, settings.To);
            Console.WriteLine($"backed up {store} → {report.Path}");
            CliStorePath.Print(report);
            return 0;
        }
        catch (Exception e) when (e is StoreBackupException or SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return CliApp.UsageError;
        }
    }
}

/// <summary><c>restore --from FILE</c>: checks the file is a DefactoPop store, then replaces the --db store with it atomically.</summary>
public sealed class RestoreCommand : Command<RestoreCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--from <FILE>")]
        [Description("A backup written by the backup verb (or any DefactoPop SQLite store). Stop the dashboard serving the store first.")]
        public string From { get; init; } = "";

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(From) ? Spectre.Console.ValidationResult.Error("restore needs --from FILE") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (CliStorePath.Postgres(settings.Db) is { } pg)
        {
            try
            {
                using var services = CliServices.Build(settings.Db);
                var restored = PostgresBackup.RestoreAsync(settings.From, pg.PostgresConnectionString, services.GetRequiredService<Data.Import.ImportLock>(), cancellationToken)
                    .GetAwaiter().GetResult();
                Console.WriteLine($"restored {Path.GetFullPath(settings.From)} → {pg} (pg_restore, one transaction)");
                CliStorePath.Print(restored);
                return 0;
            }
            catch (Exception e) when (e is StoreBackupException or InvalidOperationException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("error: " + e.Message + " The store was left as it was.");
                return CliApp.UsageError;
            }
        }
        var store = CliStorePath.Resolve(settings.Db);
        try
        {
            var report = StoreBackup.Restore(settings.From, store);
            Console.WriteLine($"restored {Path.GetFullPath(settings.From)} → {store}");
            CliStorePath.Print(report);
            return 0;
        }
        catch (Exception e) when (e is StoreBackupException or SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message + " The store was left as it was.");
            return CliApp.UsageError;
        }
    }
}

/// <summary>The store file a verb works on (--db, Data:DbPath, or the default), and how a copy of it is reported.</summary>
internal static class CliStorePath
{
    /// <summary>The PostgreSQL store a verb works on (--db, or Data:Provider=postgres), or null for a SQLite store.</summary>
    public static StoreLocation? Postgres(string? db)
    {
        using var services = CliServices.Build(db);
        var database = services.GetRequiredService<StoreDatabase>();
        return database.IsPostgres ? new StoreLocation(StoreProvider.Postgres, database.ConnectionString) : null;
    }

    public static string Resolve(string? db)
    {
        using var services = CliServices.Build(db);
        return Path.GetFullPath(new SqliteConnectionStringBuilder(services.GetRequiredService<StoreDatabase>().ConnectionString).DataSource);
    }

    public static void Print(StoreCopyReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"  size: {report.Bytes / 1e6:F1} MB, integrity_check: {report.Integrity}"));
        Console.WriteLine("  rows: " + string.Join(", ", report.Tables.Select(t => string.Create(inv, $"{t.Table} {t.Rows}"))));
    }
}
