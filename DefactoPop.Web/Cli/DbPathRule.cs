using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Web.Cli;

/// <summary>What --db accepts: a SQLite file path, or a PostgreSQL connection string or URI.</summary>
public static class DbPathRule
{
    /// <summary>Why the value is refused, or null when it is a file path or a PostgreSQL connection string.</summary>
    public static string? Problem(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "--db needs a SQLite file path or a PostgreSQL connection string";
        if (StoreLocation.LooksLikePostgres(value))
            return StoreLocation.PostgresProblem(value) is { } problem ? "--db " + problem : null;
        if (value.Contains('=') || value.Contains(';'))
            return $"--db '{value}' is neither a SQLite file path nor a PostgreSQL connection string (Host=…;Database=…;Username=… or postgresql://…)";
        if (Directory.Exists(value) || value.EndsWith('/') || value.EndsWith('\\'))
            return $"--db '{value}' is not a SQLite file path (it is a directory)";
        return null;
    }
}
