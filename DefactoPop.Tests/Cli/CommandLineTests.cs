using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "defactopop-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    private string DbPath => Path.Combine(_dir, "store.db");

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, error);
        return (code, error.ToString());
    }

    [Fact]
    public async Task Run_UnknownVerb_ExitsTwoWithUsageAndCreatesNothing()
    {
        var (code, error) = await RunAsync("publish", "--db", DbPath);

        Assert.Equal(2, code);
        Assert.Contains("unknown verb 'publish'", error);
        Assert.Contains("usage:", error);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwoNamingItAndCreatesNothing()
    {
        var outDir = Path.Combine(_dir, "out");

        var (code, error) = await RunAsync("simulate", "--output", outDir, "--db", DbPath);

        Assert.Equal(2, code);
        Assert.Contains("output", error);
        Assert.Contains("usage:", error);
        Assert.False(File.Exists(DbPath));
        Assert.False(Directory.Exists(outDir));
    }

    [Theory]
    [InlineData("Data Source=x.db", "'Data Source=x.db' is neither a SQLite file path nor a PostgreSQL connection string")]
    [InlineData("Host=localhost;Username=x", "has no Database")]
    [InlineData("postgresql://user@localhost", "has no Database")]
    public async Task Run_DbThatIsNeitherAFileNorAPostgresDatabase_ExitsTwoNamingItAndCreatesNothing(string db, string reason)
    {
        var (code, error) = await RunAsync("summary", "--db", db);

        Assert.Equal(2, code);
        Assert.Contains(reason, error);
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), db)));
    }

    [Theory]
    [InlineData("Host=localhost;Port=5433;Database=defactopop;Username=app")]
    [InlineData("postgresql://app:secret@localhost:5433/defactopop")]
    public void Route_ServeWithPostgresDb_KeepsTheConnectionString(string db)
    {
        var route = CliApp.Route(["serve", "--db", db]);

        Assert.True(route.Serve);
        Assert.Null(route.Error);
        Assert.Equal(db, route.DbPath);
    }

    [Fact]
    public async Task Run_DbThatIsADirectory_ExitsTwo()
    {
        var (code, error) = await RunAsync("summary", "--db", _dir);

        Assert.Equal(2, code);
        Assert.Contains("is a directory", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("serve")]
    [InlineData("--urls http://127.0.0.1:5099")]
    [InlineData("serve --environment Development --Data:SeedOnStart=false --contentRoot /tmp")]
    public void Route_NoVerbOrServe_ServesWithTheHostingOptions(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var route = CliApp.Route(args);

        Assert.True(route.Serve);
        Assert.Null(route.Error);
        Assert.Equal(args.Where(a => a != "serve"), route.HostArgs);
    }

    [Fact]
    public void Route_ServeWithDb_TakesTheDbOutOfTheHostArguments()
    {
        var route = CliApp.Route(["serve", "--db", "x.db", "--urls", "http://127.0.0.1:5099"]);

        Assert.True(route.Serve);
        Assert.Equal("x.db", route.DbPath);
        Assert.Equal(["--urls", "http://127.0.0.1:5099"], route.HostArgs);
    }

    [Theory]
    [InlineData("serve --db Host=db;Username=x", "has no Database")]
    [InlineData("serve stray", "unknown argument 'stray'")]
    [InlineData("serve --urls", "'--urls' needs a value")]
    [InlineData("publish v1", "unknown verb 'publish'")]
    public void Route_WhatTheDashboardDoesNotKnow_IsRefused(string line, string reason)
    {
        var route = CliApp.Route(line.Split(' '));

        Assert.False(route.Serve);
        Assert.Contains(reason, route.Error);
    }

    [Fact]
    public void Route_Verb_GoesToTheCommandLine()
    {
        var route = CliApp.Route(["summary", "--json"]);

        Assert.False(route.Serve);
        Assert.Null(route.Error);
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
