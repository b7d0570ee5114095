using System.Diagnostics;
using System.Text;

namespace DefactoPop.Tests.Cli;

/// <summary>How a child run of a verb ended: on its own (with its exit code) or killed by the test.</summary>
public sealed record ChildOutcome(bool Killed, int ExitCode, TimeSpan Elapsed, string Output);

/// <summary>
/// Runs a verb of the app (DefactoPop.Web.dll beside the tests) as a child process, optionally killing it with SIGKILL
/// (<see cref="Process.Kill(bool)"/> on the whole tree) after a delay, when a line of its output matches, or when a
/// condition polled every 20 ms (e.g. on the store it writes) holds.
/// </summary>
public static class ChildVerb
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static Task<ChildOutcome> RunAsync(IEnumerable<string> args) => RunAsync(args, null, null);

    public static async Task<ChildOutcome> RunAsync(IEnumerable<string> args, TimeSpan? killAfter, Func<string, bool>? killOnLine, Func<bool>? killWhen = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DefactoPop.Web.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var matched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            lock (output)
                output.AppendLine(e.Data);
            if (killOnLine?.Invoke(e.Data) == true)
                matched.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var trigger = killAfter is { } delay ? Task.Delay(delay)
            : killOnLine is not null ? matched.Task
            : killWhen is not null ? PollAsync(killWhen, exited)
            : Task.Delay(Timeout.Infinite);
        var first = await Task.WhenAny(exited, trigger, Task.Delay(Limit));
        var killed = false;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            killed = first == trigger;
            if (!killed)
                throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} ran past {Limit}:\n{output}");
        }
        await process.WaitForExitAsync();
        clock.Stop();
        lock (output)
            return new ChildOutcome(killed, process.ExitCode, clock.Elapsed, output.ToString());
    }

    private static async Task PollAsync(Func<bool> condition, Task exited)
    {
        while (!exited.IsCompleted && !condition())
            await Task.Delay(20);
        if (exited.IsCompleted)
            await Task.Delay(Timeout.Infinite);
    }
}
