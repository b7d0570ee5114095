using System.Data.Common;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// ADO.NET shorthands for the SQL both providers run: named parameters are written <c>@name</c> (SQLite and Npgsql
/// both read that form) and table and column names unquoted (the PostgreSQL model is lower-case, see PostgresDbContext).
/// </summary>
public static class Sql
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string text)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = text;
        return cmd;
    }

    /// <summary>Adds <c>@name</c> with a value (null becomes DBNull); returns it to set again per row.</summary>
    public static DbParameter Param(this DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }
}
