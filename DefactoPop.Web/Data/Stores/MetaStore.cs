using DefactoPop.Core.Abstractions;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefactoPop.Web.Data.Stores;

/// <summary>
/// The one reader and writer of the Meta table, by typed <see cref="MetaKey{T}"/>. Writers inside a transaction pass
/// their connection (raw or an EF context's); the rest open their own.
/// </summary>
public static class MetaStore
{
    public static T? Get<T>(DbConnection connection, DbTransaction? transaction, MetaKey<T> key) =>
        key.Decode(Read(connection, transaction, key));

    public static void Set<T>(DbConnection connection, DbTransaction? transaction, MetaKey<T> key, T value)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "INSERT INTO Meta(Key, Value) VALUES (@k, @v) ON CONFLICT(Key) DO UPDATE SET Value = @v";
        cmd.Param("k", key.Name);
        cmd.Param("v", key.Encode(value));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Inside an EF context's current transaction, if any.</summary>
    public static async Task SetAsync<T>(DefactoPopDbContext db, MetaKey<T> key, T value, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        Set((DbConnection)db.Database.GetDbConnection(), (DbTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(), key, value);
    }

    public static async Task<T?> GetAsync<T>(DefactoPopDbContext db, MetaKey<T> key, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        return Get((DbConnection)db.Database.GetDbConnection(), (DbTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(), key);
    }

    public static async Task SetAsync<T>(StoreDatabase database, MetaKey<T> key, T value, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        Set(connection, null, key, value);
    }

    public static async Task<T?> GetAsync<T>(StoreDatabase database, MetaKey<T> key, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return Get(connection, null, key);
    }

    /// <summary>Records that official files were loaded: the time, the source (keeping "synthetic" when mixed) and a default method.</summary>
    public static void RecordImport(DbConnection connection, DbTransaction transaction, DateTimeOffset at)
    {
        Set(connection, transaction, MetaKeys.UpdatedAt, at);
        var source = Get(connection, transaction, MetaKeys.Source);
        Set(connection, transaction, MetaKeys.Source, source?.StartsWith("synthetic", StringComparison.Ordinal) == true ? "synthetic+imported" : "imported");
        if (Get(connection, transaction, MetaKeys.Method) is null)
            Set(connection, transaction, MetaKeys.Method, "official files (Seoul Open Data Plaza)");
    }

    private static string? Read(DbConnection connection, DbTransaction? transaction, MetaKey key)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT Value FROM Meta WHERE Key = @k";
        cmd.Param("k", key.Name);
        return cmd.ExecuteScalar() as string;
    }
}
