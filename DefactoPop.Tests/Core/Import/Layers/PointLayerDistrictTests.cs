using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;
using NetTopologySuite.Geometries;

namespace DefactoPop.Tests.Core.Import.Layers;

/// <summary>The real layers' coordinates against the real district boundaries: each point lies in the 자치구 its own address names.</summary>
public sealed class PointLayerDistrictTests
{
    [SharedDataTheory]
    [InlineData("facilities/seoul_shade_canopies_2026.csv", 4784)]
    [InlineData("facilities/seoul_heat_shelters_2026.csv", 4087)]
    [InlineData("facilities/seoul_heat_shelters_2023.csv", 4135)]
    public void Read_RealLayer_AtLeast99PercentInTheDistrictOfTheirAddress(string file, int rows)
    {
        var districts = BoundaryReader.Read(SharedData.Real("boundaries/seoul_gu_2017.geojson")).Zones;
        var layer = PointLayerReader.Read(SharedData.Real(file));
        var factory = new GeometryFactory();
        // The canopy file also names the district in its own column (시군구, the fourth, before any free text).
        var lines = File.ReadAllLines(SharedData.Real(file));
        string? ColumnGu(long line) => file.Contains("canopies", StringComparison.Ordinal) && line >= 1 && line <= lines.Length
            ? lines[line - 1].Split(',')[3].Trim() : null;

        var checkedPoints = 0;
        var inside = 0;
        foreach (var p in layer.Points)
        {
            var named = ColumnGu(p.Line) ?? GuOf(p.Address);
            if (named is null)
                continue;
            checkedPoints++;
            var at = factory.CreatePoint(new Coordinate(p.Lon, p.Lat));
            if (districts.FirstOrDefault(d => d.Geometry.Covers(at)) is { } hit && hit.NameKo == named)
                inside++;
        }

        Assert.Equal(rows, layer.Points.Count + layer.LeftOut.Count);
        Assert.True(checkedPoints >= 0.98 * layer.Points.Count, $"{checkedPoints:N0} of {layer.Points.Count:N0} points name their district");
        Assert.True(inside >= 0.99 * checkedPoints, $"{inside:N0} of {checkedPoints:N0} points lie in the district they name ({rows:N0} rows, {layer.LeftOut.Count} left out as outside Seoul)");
    }

    /// <summary>The 자치구 of an address "서울특별시 강남구 …".</summary>
    private static string? GuOf(string? address) =>
        address?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(t => t.EndsWith('구') && t.Length is >= 2 and <= 5);
}
