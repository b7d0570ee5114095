using Spectre.Console;

namespace DefactoPop.Web.Cli;

/// <summary>
/// Spectre.Console refuses two live displays at once in one process (InvalidOperationException). A verb run as a user
/// runs it is alone in its process; verbs run side by side in one process (the test suite, a host) take turns.
/// </summary>
internal static class CliDisplay
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    public static Task StartGatedAsync(this Progress progress, Func<ProgressContext, Task> action) =>
        GatedAsync(async () =>
        {
            await progress.StartAsync(action);
            return true;
        });

    public static Task<T> StartGatedAsync<T>(this Progress progress, Func<ProgressContext, Task<T>> action) =>
        GatedAsync(() => progress.StartAsync(action));

    public static Task StartGatedAsync(this Status status, string text, Func<StatusContext, Task> action) =>
        GatedAsync(async () =>
        {
            await status.StartAsync(text, action);
            return true;
        });

    public static Task<T> StartGatedAsync<T>(this Status status, string text, Func<StatusContext, Task<T>> action) =>
        GatedAsync(() => status.StartAsync(text, action));

    private static async Task<T> GatedAsync<T>(Func<Task<T>> run)
    {
        await s_gate.WaitAsync();
        try
        {
            return await run();
        }
        finally
        {
            s_gate.Release();
        }
    }
}
