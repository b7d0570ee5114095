using DefactoPop.Web.Data.Import;

namespace DefactoPop.Web.Cli;

/// <summary>The writer lock of a verb's store, as the command line shows it: one waiting message on standard error.</summary>
public static class CliStoreLock
{
    /// <summary>Prints <see cref="ImportLock.WaitingMessage"/> once, the first time the verb has to wait for another writer.</summary>
    public static ImportLock AnnounceWaits(this ImportLock importLock)
    {
        var said = 0;
        importLock.Waiting = () =>
        {
            if (Interlocked.Exchange(ref said, 1) == 0)
                Console.Error.WriteLine(ImportLock.WaitingMessage);
        };
        return importLock;
    }

    /// <summary>Holds the store for a whole verb (estimate, simulate), announcing a wait.</summary>
    public static Task<ImportLock.Lease> HoldAsync(ImportService imports, CancellationToken ct) =>
        imports.Lock.AnnounceWaits().AcquireAsync(ct);
}
