namespace DefactoPop.Web.Cli;

/// <summary>What --db accepts: a SQLite file path, not a connection string or a folder.</summary>
public static class DbPathRule
{
    /// <summary>Why the value is refused, or null when it is a file path.</summary>
    public static string? Problem(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "--db needs a SQLite file path";
        if (value.Contains('=') || value.Contains(';') || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Host", StringComparison.OrdinalIgnoreCase))
            return $"--db '{value}' is not a SQLite file path (it looks like a connection string; PostgreSQL is not supported yet)";
        if (Directory.Exists(value) || value.EndsWith('/') || value.EndsWith('\\'))
            return $"--db '{value}' is not a SQLite file path (it is a directory)";
        return null;
    }
}
