namespace DefactoPop.Web.Hosting;

/// <summary>
/// Where the store lives without --db or Data:DbPath: data/defactopop.db at the repository root (the folder with
/// DefactoPop.sln above the current directory or the executable), else data/ beside the current directory.
/// </summary>
public static class DefaultDatabase
{
    public const string SolutionFile = "DefactoPop.sln";

    public static string Resolve(string currentDirectory, string baseDirectory)
    {
        foreach (var start in new[] { currentDirectory, baseDirectory })
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                    return Path.Combine(dir.FullName, "data", "defactopop.db");
            }
        }
        return Path.Combine(Path.GetFullPath(currentDirectory), "data", "defactopop.db");
    }
}
