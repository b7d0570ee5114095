namespace DefactoPop.Web.Data.Stores;

/// <summary>Sets one key of the Meta table.</summary>
public static class MetaWriter
{
    public static async Task SetAsync(StoreDatabase database, string key, string value, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO Meta(Key, Value) VALUES ($k, $v) ON CONFLICT(Key) DO UPDATE SET Value = $v";
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
