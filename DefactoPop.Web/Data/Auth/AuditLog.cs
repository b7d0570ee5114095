using Microsoft.EntityFrameworkCore;

namespace DefactoPop.Web.Data.Auth;

/// <summary>What the /audit page asks for: any of action, user (exact), a KST date range; newest first, at most <see cref="Limit"/> rows.</summary>
public sealed record AuditQuery(string? Action = null, string? User = null, DateOnly? From = null, DateOnly? To = null)
{
    public int Limit { get; init; } = 500;
}

/// <summary>Writes and reads the audit log (exports, raw views, imports, releases, sign-ins and failed sign-ins, users).</summary>
public sealed class AuditLog(AuthStore store, TimeProvider time)
{
    private static readonly TimeSpan s_kst = TimeSpan.FromHours(9);

    /// <summary>Appends one entry.</summary>
    public async Task WriteAsync(string action, string user, string role, string? target, bool succeeded = true, string? address = null, CancellationToken ct = default)
    {
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        db.AuditLog.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Action = action,
            User = Clip(user, 256),
            Role = role,
            Target = target is null ? null : Clip(target, 2048),
            Succeeded = succeeded,
            Address = address,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A verb's entry: the user is "cli:" and the account that ran it.</summary>
    public Task WriteCliAsync(string action, string? target, CancellationToken ct = default) =>
        WriteAsync(action, "cli:" + Environment.UserName, "cli", target, ct: ct);

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        IQueryable<AuditEntry> rows = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Action))
            rows = rows.Where(e => e.Action == query.Action);
        if (!string.IsNullOrEmpty(query.User))
            rows = rows.Where(e => e.User == query.User);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), s_kst);
            rows = rows.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), s_kst);
            rows = rows.Where(e => e.At < end);
        }
        return await rows.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(query.Limit).ToListAsync(ct);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
