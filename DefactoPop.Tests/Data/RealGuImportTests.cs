using System.Globalization;
using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Data;

public class RealGuImportTests
{
    private const string GuFile = "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv";

    [SharedDataFact]
    public async Task Import_RealGuFile_Loads93000RowsAndReportsMissingDays()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Imports.ImportFileAsync(SharedData.Real(GuFile));

        Assert.Equal(93_000, report.Rows);
        Assert.Equal(25, report.Zones);
        Assert.Equal(new DateOnly(2024, 1, 1), report.FirstDate);
        Assert.Equal(new DateOnly(2024, 6, 5), report.LastDate);
        Assert.Equal([new DateOnly(2024, 2, 19), new DateOnly(2024, 2, 20)], report.MissingDays);
        Assert.Equal(0, report.MaskedCells);
    }

    [SharedDataFact]
    public async Task Summary_AfterRealGuImport_MatchesIndependentComputation()
    {
        // Arrange: an independent reading of the raw file, with nothing from the product.
        var hourly = new Dictionary<(string Date, int Hour), decimal>();
        foreach (var line in File.ReadLines(SharedData.Real(GuFile)).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var f = line.Split(',');
            var key = (f[0], int.Parse(f[1], CultureInfo.InvariantCulture));
            hourly[key] = hourly.GetValueOrDefault(key) + decimal.Parse(f[3], CultureInfo.InvariantCulture);
        }
        var max = hourly.MaxBy(kv => kv.Value);
        var min = hourly.MinBy(kv => kv.Value);
        var mean = hourly.Values.Average();
        static string At((string Date, int Hour) k) => $"{k.Date[..4]}-{k.Date[4..6]}-{k.Date[6..]}T{k.Hour:00}:00";

        await using var store = await TestStore.CreateAsync();
        await store.Imports.ImportFileAsync(SharedData.Real(GuFile));

        // Act: the summary --json contract.
        using var json = JsonDocument.Parse(SummaryJson.Write(await store.Read.GetSummaryAsync()));
        var root = json.RootElement;

        // Assert
        Assert.Equal(155, root.GetProperty("days").GetInt32());
        Assert.Equal((double)max.Value, root.GetProperty("max").GetProperty("value").GetDouble(), 2);
        Assert.Equal(At(max.Key), root.GetProperty("max").GetProperty("at").GetString());
        Assert.Equal((double)min.Value, root.GetProperty("min").GetProperty("value").GetDouble(), 2);
        Assert.Equal(At(min.Key), root.GetProperty("min").GetProperty("at").GetString());
        Assert.Equal((double)mean, root.GetProperty("mean").GetDouble(), 1);
        Assert.Equal(25, root.GetProperty("districts").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("registered").ValueKind);
    }

    [SharedDataFact]
    public async Task Import_RealGuFileTwice_ReplacesRowsWithoutDoubling()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Imports.ImportFileAsync(SharedData.Real(GuFile));
        var first = await store.FingerprintAsync();
        var summary1 = await store.Read.GetSummaryAsync();

        await store.Imports.ImportFileAsync(SharedData.Real(GuFile));

        var summary2 = await store.Read.GetSummaryAsync();
        Assert.Equal(summary1.Mean, summary2.Mean);
        Assert.Equal(summary1.Max, summary2.Max);
        // Only the import time in ImportedFile/Meta may change.
        Assert.Equal(first.Split(';')[..6], (await store.FingerprintAsync()).Split(';')[..6]);
    }

    [SharedDataFact]
    public async Task GetLevel_RealGuHour_ReturnsAll25Districts()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Imports.ImportFileAsync(SharedData.Real(GuFile));

        var snapshot = await store.Read.GetLevelAsync(new HourSlot(new DateOnly(2024, 3, 6), 14), ZoneLevel.Gu, new());

        Assert.Equal(25, snapshot.Values.Length);
        Assert.All(snapshot.Values, v => Assert.InRange(v, 100_000, 1_300_000));
        Assert.DoesNotContain(true, snapshot.Masked);
    }
}
