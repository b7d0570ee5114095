using System.Data.Common;
using DefactoPop.Web.Data.Auth;

namespace DefactoPop.Web.Cli;

/// <summary>
/// The audit entry of a verb that changed or read out the store (import, export, release, users), written after the
/// work is done; a failure to write it is reported on standard error and does not undo or fail the verb.
/// </summary>
internal static class CliAudit
{
    public static async Task WriteAsync(IServiceProvider services, string action, string target, CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<AuthStore>().MigrateAsync(ct);
            await services.GetRequiredService<AuditLog>().WriteCliAsync(action, target, ct);
        }
        catch (Exception e) when (e is DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            Console.Error.WriteLine($"warning: the audit log was not written ({e.Message}).");
        }
    }
}
