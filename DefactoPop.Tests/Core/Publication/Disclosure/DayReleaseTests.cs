using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Publication.Disclosure;

/// <summary>A whole simulated day of the test city (24 hours, 집계구/행정동/자치구, domestic and both foreigner classes).</summary>
public sealed class DayReleaseTests : IDisposable
{
    private static readonly DateOnly s_day = new(2017, 10, 11);
    private static readonly Lazy<IReadOnlyList<PopulationRow>> s_estimates = new(() =>
    {
        var w = TestWorld.Small;
        var day = SimulatedEstimation.EstimateDay(w.TestCity.City, w.Plan, w.Frame, w.View, w.Calibration, s_day, w.TestCity.Truth, w.Simulation);
        return [.. PopulationRows.FromEstimates(w.Frame, day)];
    });
    private static readonly Lazy<IReadOnlyList<PopulationRow>> s_published = new(() =>
        ReleaseDisclosure.Protect(s_estimates.Value, ReleaseFiles.Levels, DisclosureOptions.Seoul));

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dp-release-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Release_FullSimulatedDay_AttackerReadingItsFilesFindsNoViolation()
    {
        var folder = Path.Combine(_dir, "20171011");
        var files = ReleaseFiles.Write(folder, s_published.Value);

        var audit = ReleaseDisclosure.Audit(ReleaseFiles.Read(folder), DisclosureOptions.Seoul);

        Assert.Equal(7, files.Count);
        Assert.Contains(files, f => f.Name == "LOCAL_PEOPLE_20171011.csv" && f.Rows == 24 * 600);
        Assert.Equal(24 * 3, audit.Tables);
        Assert.True(audit.CellsChecked > 10_000, $"{audit.CellsChecked} cells checked");
        Assert.True(audit.Passed, string.Join("; ", audit.Violations.Take(5)));
        Assert.True(audit.Narrowest!.Width >= 3);
    }

    [Fact]
    public void Release_FullSimulatedDay_EveryCellAtOrBelowTheThresholdIsMasked()
    {
        var estimated = ReleaseDisclosure.Unprotected(s_estimates.Value, ReleaseFiles.Levels);
        var published = s_published.Value.ToDictionary(r => (r.Slot, r.Class, r.Level, r.ZoneCode));
        var small = 0;
        foreach (var raw in estimated)
        {
            var shown = published[(raw.Slot, raw.Class, raw.Level, raw.ZoneCode)];
            foreach (var (value, cell) in Cells(raw).Zip(Cells(shown)))
            {
                Assert.False(value.IsMasked);
                if (value.Value <= 3)
                {
                    small++;
                    Assert.True(cell.IsMasked, $"{raw.ZoneCode} {raw.Slot}: {value.Value} shown");
                }
                else if (!cell.IsMasked)
                    Assert.Equal(value.Value, cell.Value, 6);
            }
        }
        Assert.True(small > 1_000, $"{small} small cells");
    }

    [Fact]
    public void Audit_SameDayMaskedRowByRow_FindsRecoverableCells()
    {
        var exact = ReleaseDisclosure.Unprotected(s_estimates.Value, ReleaseFiles.Levels);
        var rowByRow = exact.Select(r => DisclosureControl.Apply(r, DisclosureOptions.Seoul)).ToList();

        var audit = ReleaseDisclosure.Audit(rowByRow, DisclosureOptions.Seoul);

        Assert.False(audit.Passed);
        Assert.Contains(audit.Violations, v => v.Level == ZoneLevel.Oa && v.Width < 0.01);
    }

    private static IEnumerable<PopValue> Cells(PopulationRow r) =>
        r.Class == PopulationClass.Domestic ? [r.Total, .. r.Strata!] : [r.Total, r.Chinese!.Value, r.OtherForeign!.Value];
}
