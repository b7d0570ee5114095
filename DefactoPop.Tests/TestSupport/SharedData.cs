namespace DefactoPop.Tests.TestSupport;

/// <summary>Locates the repository and the real public files in ../shared (present in CI, absent on a user's clone).</summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data/real beside the repository, or null when absent.</summary>
    public static string? RealRoot { get; } = FindReal();

    public static bool Exists => RealRoot is not null;

    public static string Real(string relative) =>
        Path.Combine(RealRoot ?? throw new InvalidOperationException("../shared/data/real is not present."), relative);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DefactoPop.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DefactoPop.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindReal()
    {
        var env = Environment.GetEnvironmentVariable("DEFACTOPOP_SHARED");
        var candidates = new[] { env, Path.Combine(RepoRoot, "..", "shared") };
        foreach (var c in candidates)
        {
            if (c is null)
                continue;
            var real = Path.GetFullPath(Path.Combine(c, "data", "real"));
            if (Directory.Exists(real))
                return real;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared/data/real; skipped (with the reason) where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Exists)
            Skip = "../shared/data/real is not present on this machine.";
    }
}

/// <summary>A theory that needs ../shared/data/real.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Exists)
            Skip = "../shared/data/real is not present on this machine.";
    }
}
