using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Siting;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>The import verb recognises a 생활이동 OD file and loads it for the bus workbench, replacing the same file on a second load.</summary>
public sealed class CommuteFlowImportTests
{
    [Fact]
    public async Task Import_OdFileTwice_StoredOnceWithMaskedCellsKept()
    {
        await using var store = await TestStore.CreateAsync();
        CommuteFlow[] flows =
        [
            new("41280", "1111053000", DayType.Weekday, 8, Sex.Female, 30, 120, 74.5),
            new("41280", "1111053000", DayType.Weekday, 8, Sex.Male, 30, null, 70),
            new("41130", "1168064000", DayType.Weekday, 7, Sex.Male, 40, 35, 58),
            new("41130", "1168064000", DayType.SundayOrHoliday, 13, Sex.Male, 20, 6, 61),
        ];
        var path = Path.Combine(store.Directory, "seoul_commute_od_201711.csv");
        CommuteOdFormat.Write(path, flows, new DateOnly(2017, 11, 15), new DateOnly(2017, 11, 19));

        await store.Imports.ImportFileAsync(path);
        var report = await store.Imports.ImportFileAsync(path);

        Assert.Equal(4, report.Rows);
        Assert.Contains("생활이동", report.Kind, StringComparison.Ordinal);
        var stored = await store.Services.GetRequiredService<SitingStore>().FlowsAsync();
        Assert.Equal(4, stored.Count);
        Assert.Single(stored, f => f.Movers is null);
        Assert.Equal(155, stored.Where(f => f.Day == DayType.Weekday).Sum(f => f.Movers ?? 0));
    }
}
