using DefactoPop.Web.Hosting;

namespace DefactoPop.Tests.Cli;

public sealed class DefaultDatabaseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "defactopop-root-" + Guid.NewGuid().ToString("N"));

    public DefaultDatabaseTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", "DefactoPop.Web", "bin", "Release", "net10.0"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere", "app"));
        File.WriteAllText(Path.Combine(_root, "repo", DefaultDatabase.SolutionFile), "");
    }

    private string Repo(params string[] parts) => Path.Combine([_root, "repo", .. parts]);

    [Fact]
    public void Resolve_FromTheRepositoryRoot_IsDataAtTheRoot() =>
        Assert.Equal(Repo("data", "defactopop.db"), DefaultDatabase.Resolve(Repo(), Repo("DefactoPop.Web", "bin", "Release", "net10.0")));

    [Fact]
    public void Resolve_FromTheProjectFolder_IsStillDataAtTheRoot() =>
        Assert.Equal(Repo("data", "defactopop.db"), DefaultDatabase.Resolve(Repo("DefactoPop.Web"), Repo("DefactoPop.Web", "bin", "Release", "net10.0")));

    [Fact]
    public void Resolve_PublishedFolderInsideTheRepositoryStartedElsewhere_FindsTheRootFromTheExecutable() =>
        Assert.Equal(Repo("data", "defactopop.db"), DefaultDatabase.Resolve(Path.Combine(_root, "elsewhere"), Repo("DefactoPop.Web", "bin", "Release", "net10.0")));

    [Fact]
    public void Resolve_NoSolutionAbove_IsDataBesideTheCurrentDirectory()
    {
        var cwd = Path.Combine(_root, "elsewhere");

        Assert.Equal(Path.Combine(cwd, "data", "defactopop.db"), DefaultDatabase.Resolve(cwd, Path.Combine(_root, "elsewhere", "app")));
    }

    public void Dispose() => Directory.Delete(_root, true);
}
