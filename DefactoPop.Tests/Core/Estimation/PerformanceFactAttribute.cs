namespace DefactoPop.Tests.Core.Estimation;

/// <summary>A full-size benchmark, run only when DEFACTOPOP_PERF=1 (it takes tens of seconds on a shared 2-core machine).</summary>
public sealed class PerformanceFactAttribute : FactAttribute
{
    public PerformanceFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DEFACTOPOP_PERF") != "1")
            Skip = "Full-size benchmark; set DEFACTOPOP_PERF=1 to run.";
    }
}
