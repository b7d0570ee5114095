using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Simulation;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Cli;

/// <summary>migrate-store copies a small simulated SQLite store (two days across a month end) into PostgreSQL and verifies it.</summary>
public sealed class MigrateStoreCommandTests
{
    private static readonly DateOnly s_first = new(2017, 10, 31);
    private static readonly DateOnly s_second = new(2017, 11, 1);

    private static async Task<TestStore> SimulatedAsync()
    {
        var store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestWorld.Small.TestCity.City;
        await store.Services.GetRequiredService<SimulationService>().RunAsync(new SimulationRequest(s_first, s_second, city.Seed) { City = city });
        return store;
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await CliApp.RunAsync(args, error);
            return (code, output + error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    [PostgresFact]
    public async Task MigrateStore_SimulatedSqliteStore_CopiesEveryTableVerifiedAndReadsTheSame()
    {
        // Arrange
        await using var sqlite = await SimulatedAsync();
        var target = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            // Act
            var (code, output) = await RunAsync("migrate-store", "--from", "sqlite:" + sqlite.DbPath, "--to", "postgres:" + target);

            // Assert: every table verified, and the read store answers as the source does.
            Assert.True(code == 0, output);
            Assert.Contains("row counts and checksums equal", output);
            Assert.DoesNotContain("MISMATCH", output);
            Assert.Matches(@"popblock: (\d+) → \1 rows", output);
            Assert.Matches(@"registered: [1-9]\d* → ", output);
            var services = new ServiceCollection();
            services.AddDefactoPopData(new ConfigurationBuilder().Build(), target);
            await using var provider = services.BuildServiceProvider();
            var postgres = provider.GetRequiredService<IPopulationReadStore>();
            foreach (var level in new[] { ZoneLevel.City, ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa })
            {
                foreach (var slot in new[] { new HourSlot(s_first, 3), new HourSlot(s_first, 14), new HourSlot(s_second, 9) })
                {
                    var a = await sqlite.Read.GetLevelAsync(slot, level, PopulationQuery.All);
                    var b = await postgres.GetLevelAsync(slot, level, PopulationQuery.All);
                    Assert.Equal(a.Values, b.Values);
                    Assert.Equal(a.Masked, b.Masked);
                    Assert.Equal(a.Upper, b.Upper);
                }
                Assert.Equal(await sqlite.Read.GetRegisteredAsync(level), await postgres.GetRegisteredAsync(level));
                Assert.Equal(await sqlite.Read.GetDailyStatsAsync(level, s_first, s_second), await postgres.GetDailyStatsAsync(level, s_first, s_second));
            }
            Assert.Equal((await sqlite.Read.GetCoverageAsync()).UpdatedAt, (await postgres.GetCoverageAsync()).UpdatedAt);

            // A second copy into the now-full database is refused, and changes nothing.
            var (again, refusal) = await RunAsync("migrate-store", "--from", "sqlite:" + sqlite.DbPath, "--to", "postgres:" + target);
            Assert.Equal(2, again);
            Assert.Contains("not empty", refusal);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(target);
        }
    }

    [Theory]
    [InlineData("--from", "x.db", "--to", "postgres:Host=localhost;Database=d", "--from sqlite:PATH")]
    [InlineData("--from", "sqlite:/nonexistent/x.db", "--to", "postgres:Host=localhost;Database=d", "no such store")]
    [InlineData("--from", "sqlite:{db}", "--to", "Host=localhost;Database=d", "--to postgres:CONNECTION")]
    [InlineData("--from", "sqlite:{db}", "--to", "postgres:Host=localhost", "has no Database")]
    public async Task MigrateStore_BadArguments_ExitTwoWithTheReason(string a, string b, string c, string d, string reason)
    {
        await using var store = await TestStore.CreateAsync();

        var (code, output) = await RunAsync("migrate-store", a, b.Replace("{db}", store.DbPath, StringComparison.Ordinal), c, d);

        Assert.Equal(2, code);
        Assert.Contains(reason, output);
    }
}
