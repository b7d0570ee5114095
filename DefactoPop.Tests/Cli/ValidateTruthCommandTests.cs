using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

[Collection(StoredTruthCollection.Name)]
public sealed class ValidateTruthCommandTests(StoredTruthFixture fixture)
{
    private static async Task<int> RunAsync(params string[] args) => await CliApp.RunAsync(args, new StringWriter());

    [Fact]
    public async Task Validate_TruthOfStoredDays_ExitsZeroAndStoresTheReportForTheMethodPage()
    {
        var code = await RunAsync("validate", "--truth", fixture.RunDir, "--days", "2017-10-10,2017-10-11", "--json", "--db", fixture.Store.DbPath);

        Assert.Equal(0, code);
        var json = await fixture.Store.Read.GetMetaAsync(MetaKeys.Validation);
        using var doc = JsonDocument.Parse(json!);
        Assert.Equal(["2017-10-10", "2017-10-11"], doc.RootElement.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(48, doc.RootElement.GetProperty("overall").GetProperty("hours").GetInt32());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("overall").GetProperty("targets").ValueKind);
        Assert.True(doc.RootElement.TryGetProperty("allTargetsMet", out _));
        var shown = Web.ViewModels.ValidationReport.Parse(json);
        Assert.Equal(doc.RootElement.GetProperty("overall").GetProperty("wapePct").GetProperty("oa").GetDouble(), shown!.WapeOaPct);
    }

    [Fact]
    public async Task Validate_TableOutputOfTheTruthSubFolder_ExitsZero()
    {
        var code = await RunAsync("validate", "--truth", fixture.TruthDir, "--days", "2017-10-11", "--no-store", "--db", fixture.Store.DbPath);

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Validate_DefaultDaysNotStored_ExitsTwo()
    {
        var code = await RunAsync("validate", "--truth", fixture.RunDir, "--no-store", "--db", fixture.Store.DbPath);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Validate_DaysThatAreNotDates_ExitsTwo()
    {
        var code = await RunAsync("validate", "--truth", fixture.RunDir, "--days", "2017-10-10,yesterday", "--db", fixture.Store.DbPath);

        Assert.Equal(2, code);
    }
}
