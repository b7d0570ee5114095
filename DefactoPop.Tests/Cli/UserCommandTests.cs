using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// <c>user add|list|remove</c> as a child process, the one-time password it prints through the real sign-in form, and
/// the audit entries verbs leave in the store.
/// </summary>
public sealed partial class UserCommandTests
{
    [Fact]
    public async Task UserAdd_AdminRole_OneTimePasswordMustBeReplacedBeforeACookie()
    {
        await using var store = await TestStore.CreateAsync();
        var added = await ChildVerb.RunAsync(["user", "add", "first-admin", "--role", "admin", "--db", store.DbPath]);
        Assert.Equal(0, added.ExitCode);
        var password = PasswordLine().Match(added.Output).Value;
        Assert.Equal(16, password.Length);
        Assert.Contains("first-admin\tadmin\t", (await ChildVerb.RunAsync(["user", "list", "--db", store.DbPath])).Output, StringComparison.Ordinal);

        await using var app = DashboardAppFactory.ForDatabase(store.DbPath);
        var baseUrl = app.Start();
        using var client = SignInClient.Anonymous(baseUrl);

        using (var first = await client.PostSignInAsync("first-admin", password))
            Assert.StartsWith("/signin?change=1", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using (var weak = await client.PostSignInAsync("first-admin", password, ("newPassword", "short")))
            Assert.StartsWith("/signin?weak=1", weak.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(client.Cookies.GetAllCookies(), c => c.Name == "defactopop.auth");
        using (var changed = await client.PostSignInAsync("first-admin", password, ("newPassword", "a-new-password-7")))
            Assert.Equal("/", changed.Headers.Location?.OriginalString);
        using (var audit = await client.Http.GetAsync("/audit"))
            Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        using (var again = await SignInClient.SignedInAsync(baseUrl, "first-admin", "a-new-password-7"))
            Assert.Contains(again.Cookies.GetAllCookies(), c => c.Name == "defactopop.auth");
        Assert.Contains("first-admin\tadmin\t", (await ChildVerb.RunAsync(["user", "list", "--db", store.DbPath])).Output, StringComparison.Ordinal);
        var actions = Audit(store.DbPath).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.UserAdded, actions);
        Assert.Contains(AuditActions.PasswordChanged, actions);
        Assert.Contains(AuditActions.SignIn, actions);
    }

    [PostgresFact]
    public async Task UserAdd_PostgresStore_SignsInThroughTheFormAndIsAudited()
    {
        var connection = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            var added = await ChildVerb.RunAsync(["user", "add", "pg-admin", "--role", "admin", "--db", connection]);
            Assert.True(added.ExitCode == 0, added.Output);
            var password = PasswordLine().Match(added.Output).Value;

            var settings = new Dictionary<string, string> { ["Data:Provider"] = "postgres", ["Data:ConnectionString"] = connection };
            await using var app = DashboardAppFactory.ForDatabase(Path.Combine(Path.GetTempPath(), "dp-unused-" + Guid.NewGuid().ToString("N") + ".db"), settings);
            var baseUrl = app.Start();
            using var client = SignInClient.Anonymous(baseUrl);
            using (var changed = await client.PostSignInAsync("pg-admin", password, ("newPassword", "a-new-password-7")))
                Assert.Equal("/", changed.Headers.Location?.OriginalString);
            using (var audit = await client.Http.GetAsync("/audit"))
                Assert.Equal(HttpStatusCode.OK, audit.StatusCode);

            await using var services = AuthServices.ForStore(connection);
            var actions = (await services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery())).Select(e => e.Action).ToList();
            Assert.Contains(AuditActions.UserAdded, actions);
            Assert.Contains(AuditActions.SignIn, actions);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connection);
        }
    }

    [Theory]
    [InlineData("user add someone --role boss", "--role must be one of")]
    [InlineData("user add someone", "--role must be one of")]
    [InlineData("user add someone --role admin --frob", "frob")]
    [InlineData("user frob", "frob")]
    public async Task User_BadCommandLine_RefusedWithExitCode2(string line, string message)
    {
        var error = new StringWriter();

        var code = await CliApp.RunAsync([.. line.Split(' '), "--db", Path.Combine(Path.GetTempPath(), "dp-never-" + Guid.NewGuid().ToString("N") + ".db")], error);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserRemove_AddedUser_GoneAndCannotSignIn()
    {
        await using var store = await TestStore.CreateAsync();
        Assert.Equal(0, (await ChildVerb.RunAsync(["user", "add", "leaver", "--role", "viewer", "--db", store.DbPath])).ExitCode);

        var removed = await ChildVerb.RunAsync(["user", "remove", "leaver", "--db", store.DbPath]);
        var again = await ChildVerb.RunAsync(["user", "remove", "leaver", "--db", store.DbPath]);

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(CliApp.UsageError, again.ExitCode);
        Assert.DoesNotContain("leaver", (await ChildVerb.RunAsync(["user", "list", "--db", store.DbPath])).Output, StringComparison.Ordinal);
        Assert.Contains(Audit(store.DbPath), e => e.Action == AuditActions.UserRemoved && e.Target == "leaver");
    }

    [Fact]
    public async Task Import_PointLayer_AuditedAsTheVerbsUser()
    {
        await using var store = await TestStore.CreateAsync();
        const string Canopies = "연번,종류,시도,시군구,읍면동,설치장소명,도로명주소,지번주소,경도,위도,설치일시\r\n" +
            "1,그늘막(고정형),서울특별시,종로구,사직동,사직동주민센터 앞,,,126.9689218,37.5761763,2018-06-01\r\n";
        var path = store.WriteFile("그늘막.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Canopies)]);

        Assert.Equal(0, await CliApp.RunAsync(["import", path, "--db", store.DbPath], new StringWriter()));

        var entry = Assert.Single(Audit(store.DbPath), e => e.Action == AuditActions.Import);
        Assert.Equal("cli:" + Environment.UserName, entry.User);
        Assert.Contains("그늘막.csv", entry.Target, StringComparison.Ordinal);
    }

    private static List<(string Action, string User, string? Target)> Audit(string dbPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Action, User, Target FROM AuditLog ORDER BY Id";
        using var reader = cmd.ExecuteReader();
        var rows = new List<(string, string, string?)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }

    [GeneratedRegex("^[A-Za-z0-9]{16}$", RegexOptions.Multiline)]
    private static partial Regex PasswordLine();
}
