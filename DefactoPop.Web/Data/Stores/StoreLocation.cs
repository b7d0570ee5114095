using Npgsql;

namespace DefactoPop.Web.Data.Stores;

/// <summary>Which database engine holds the store.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the store lives: a SQLite file, or a PostgreSQL database given as a keyword connection string
/// (<c>Host=…;Port=…;Database=…;Username=…</c>) or a <c>postgresql://</c> URI.
/// </summary>
public sealed record StoreLocation(StoreProvider Provider, string Value)
{
    /// <summary>The SQLite file path (SQLite stores only).</summary>
    public string SqlitePath => Provider == StoreProvider.Sqlite ? Value : throw new InvalidOperationException("A PostgreSQL store has no file path.");

    /// <summary>A PostgreSQL value as an Npgsql keyword connection string.</summary>
    public string PostgresConnectionString => Provider == StoreProvider.Postgres ? Value : throw new InvalidOperationException("A SQLite store has no PostgreSQL connection string.");

    /// <summary>Whether the value names a PostgreSQL database rather than a file.</summary>
    public static bool LooksLikePostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (value.Contains('=', StringComparison.Ordinal) && value.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="value"/> is not a PostgreSQL connection string, or null when Npgsql accepts it.</summary>
    public static string? PostgresProblem(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ToKeywords(value));
            if (string.IsNullOrWhiteSpace(builder.Host))
                return $"'{Redact(value)}' has no Host";
            if (string.IsNullOrWhiteSpace(builder.Database))
                return $"'{Redact(value)}' has no Database";
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            return $"'{Redact(value)}' is not a PostgreSQL connection string ({e.Message})";
        }
    }

    /// <summary>A --db value: PostgreSQL when it looks like a connection string or URI, else a SQLite file.</summary>
    public static StoreLocation Parse(string value) =>
        LooksLikePostgres(value)
            ? PostgresProblem(value) is { } problem ? throw new ArgumentException(problem) : Postgres(value)
            : new StoreLocation(StoreProvider.Sqlite, value);

    public static StoreLocation Postgres(string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToKeywords(value));
        // Binary COPY of a quarter's blocks and a month partition's creation take longer than the 30 s default.
        if (!value.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase) && !value.Contains("CommandTimeout", StringComparison.OrdinalIgnoreCase))
            builder.CommandTimeout = 600;
        return new StoreLocation(StoreProvider.Postgres, builder.ConnectionString);
    }

    /// <summary>A <c>postgresql://user:password@host:port/database?k=v</c> URI as Npgsql keywords; keyword strings pass through.</summary>
    public static string ToKeywords(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return value;
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(uri.Host) };
        if (!uri.IsDefaultPort && uri.Port > 0)
            builder.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    /// <summary>The value for messages and logs: a password is never shown.</summary>
    public static string Redact(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ToKeywords(value));
            if (builder.Password is not null)
                builder.Password = "***";
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            return value.Contains("assword", StringComparison.OrdinalIgnoreCase) ? "(a connection string)" : value;
        }
    }

    public override string ToString() => Provider == StoreProvider.Sqlite ? Value : "postgres:" + Redact(Value);
}
