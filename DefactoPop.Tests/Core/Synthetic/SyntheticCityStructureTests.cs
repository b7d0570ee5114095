using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace DefactoPop.Tests.Core.Synthetic;

[Collection(FullCityCollection.Name)]
public class SyntheticCityStructureTests(FullCityFixture fixture)
{
    private static readonly JsonSerializerOptions s_json = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly SyntheticCity _city = fixture.City;

    [Fact]
    public void Build_FullSize_HasSeoulsZoneCounts()
    {
        Assert.Equal(25, _city.Districts.Count);
        Assert.Equal(424, _city.Dongs.Count);
        Assert.Equal(CityOptions.SeoulOaCount, _city.OaCount);
        for (var d = 0; d < 25; d++)
            Assert.Equal(SeoulFacts.Districts[d].DongCount, _city.DongDistrict.Count(x => x == d));
    }

    [Fact]
    public void Codes_AreWellShapedUniqueAndConsistentWithParents()
    {
        Assert.Equal(SeoulFacts.Districts.Select(d => d.SigCode), _city.Districts.Select(d => d.Code));
        Assert.All(_city.Districts, d => Assert.True(ZoneCodes.IsGu(d.Code) && d.Level == ZoneLevel.Gu && d.ParentCode == ZoneCodes.City));
        for (var i = 0; i < _city.Dongs.Count; i++)
        {
            var dong = _city.Dongs[i];
            Assert.True(ZoneCodes.IsDong(dong.Code), dong.Code);
            Assert.True(ZoneCodes.IsStatDong(dong.StatCode!), dong.StatCode);
            Assert.Equal(_city.Districts[_city.DongDistrict[i]].Code, dong.ParentCode);
            Assert.Equal(dong.ParentCode, ZoneCodes.GuOfDong(dong.Code));
            Assert.Equal(ZoneLevel.Dong, dong.Level);
            Assert.EndsWith("동", dong.NameKo);
            Assert.False(string.IsNullOrEmpty(dong.NameEn));
        }
        for (var z = 0; z < _city.OaCount; z++)
        {
            var oa = _city.Oas[z];
            var dong = _city.Dongs[_city.OaDong[z]];
            Assert.True(ZoneCodes.IsOa(oa.Code), oa.Code);
            Assert.StartsWith(dong.StatCode!, oa.Code, StringComparison.Ordinal);
            Assert.Equal(dong.Code, oa.ParentCode);
        }
        var all = _city.Districts.Concat(_city.Dongs).Concat(_city.Oas).Select(z => z.Code).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(_city.Dongs.Count, _city.Dongs.Select(d => d.StatCode).Distinct().Count());
        Assert.Equal(_city.Dongs.Count, _city.Dongs.Select(d => d.NameKo).Distinct().Count());
    }

    [Fact]
    public void Areas_FollowRealDistrictAreasAndAddUp()
    {
        for (var d = 0; d < 25; d++)
            Assert.InRange(_city.Districts[d].AreaKm2 / SeoulFacts.Districts[d].AreaKm2, 0.95, 1.05);
        Assert.InRange(_city.Districts.Sum(d => d.AreaKm2), 600, 611);
        Assert.InRange(_city.Dongs.Sum(d => d.AreaKm2), 600, 611);
        Assert.InRange(_city.Oas.Sum(d => d.AreaKm2), 600, 611);
        Assert.All(_city.Oas, o => Assert.True(o.AreaKm2 > 0));
    }

    [Fact]
    public void Geometry_EveryZoneValidInsideSeoulAndOffTheRiver()
    {
        var river = new LineString(SeoulFacts.HanRiver.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray());
        Assert.Equal(25 + 424 + _city.OaCount, _city.Geometry.Count);
        foreach (var zone in _city.Districts.Concat(_city.Dongs).Concat(_city.Oas))
        {
            var g = JsonSerializer.Deserialize<Geometry>(_city.Geometry[zone.Code], s_json)!;
            Assert.True(g is Polygon or MultiPolygon, zone.Code);
            Assert.True(g.IsValid, zone.Code);
            var env = g.EnvelopeInternal;
            Assert.True(env.MinY >= SeoulFacts.MinLat && env.MaxY <= SeoulFacts.MaxLat, zone.Code);
            Assert.True(env.MinX >= SeoulFacts.MinLon && env.MaxX <= SeoulFacts.MaxLon, zone.Code);
            if (zone.Level == ZoneLevel.Oa)
            {
                // Every vertex keeps half the river's width (less rounding) from its centreline.
                foreach (var c in g.Coordinates)
                    Assert.True(KmToRiver(river, c) > SeoulFacts.HanRiverWidthKm / 2 - 0.01, zone.Code);
            }
        }
    }

    [Fact]
    public void Centroids_InsideTheirOaAndSeoul()
    {
        for (var z = 0; z < _city.OaCount; z += 97)
        {
            var g = JsonSerializer.Deserialize<Geometry>(_city.Geometry[_city.Oas[z].Code], s_json)!;
            Assert.True(g.Buffer(1e-4).Contains(new Point(_city.OaLon[z], _city.OaLat[z])), _city.Oas[z].Code);
        }
    }

    [Fact]
    public void Register_MatchesDistrictTotalsAndForeigners()
    {
        var scale = SeoulFacts.RegisteredEnd2017 / SeoulFacts.Registered2018Q2;
        var dom = new double[25];
        var foreign = new double[25];
        for (var z = 0; z < _city.OaCount; z++)
        {
            var d = _city.DongDistrict[_city.OaDong[z]];
            for (var s = 0; s < Strata.Count; s++)
                dom[d] += _city.RegisteredDomestic[z * Strata.Count + s];
            foreign[d] += _city.RegisteredForeign[2 * z] + _city.RegisteredForeign[2 * z + 1];
        }
        for (var d = 0; d < 25; d++)
        {
            var f = SeoulFacts.Districts[d];
            Assert.Equal((f.Registered - f.Foreigners) * scale, dom[d], (f.Registered - f.Foreigners) * 1e-4);
            Assert.Equal(f.Foreigners * scale, foreign[d], f.Foreigners * 1e-4);
        }
        Assert.Equal(10.13e6, dom.Sum() + foreign.Sum(), 10.13e6 * 0.001);
        Assert.Equal(0.2766e6, foreign.Sum(), 0.2766e6 * 0.01);
    }

    [Fact]
    public void Register_FollowsSeoulsAgeStructureAndSexRatio()
    {
        var bands = new double[Strata.BandCount];
        double male = 0, total = 0;
        for (var z = 0; z < _city.OaCount; z++)
        {
            for (var s = 0; s < Strata.Count; s++)
            {
                var v = _city.RegisteredDomestic[z * Strata.Count + s];
                bands[s % Strata.BandCount] += v;
                total += v;
                if (s < Strata.BandCount)
                    male += v;
            }
        }
        var seoul = SyntheticCityBuilder.AgeBands14();
        var seoulTotal = seoul.Sum();
        for (var b = 0; b < Strata.BandCount; b++)
            Assert.InRange(bands[b] / total - seoul[b] / seoulTotal, -0.01, 0.01);
        Assert.InRange(male / total, 0.484, 0.494);
        // 70+ folds in the 80+ ages: about 9% of Seoul.
        Assert.InRange(bands[(int)AgeBand.A70Plus] / total, 0.08, 0.10);
    }

    [Fact]
    public void Register_ResidentialOasHoldMostResidents()
    {
        var perUse = new double[5];
        var count = new int[5];
        for (var z = 0; z < _city.OaCount; z++)
        {
            var u = (int)_city.OaLandUse[z];
            count[u]++;
            for (var s = 0; s < Strata.Count; s++)
                perUse[u] += _city.RegisteredDomestic[z * Strata.Count + s];
        }
        Assert.All(count, c => Assert.True(c > 50));
        var residential = perUse[(int)LandUse.Residential] / count[(int)LandUse.Residential];
        Assert.True(residential > 3 * perUse[(int)LandUse.Office] / count[(int)LandUse.Office]);
        Assert.True(residential > 3 * perUse[(int)LandUse.Park] / count[(int)LandUse.Park]);
        Assert.True(count[(int)LandUse.Residential] > _city.OaCount / 2);
    }

    [Fact]
    public void LandUseShares_SumToOneWithDominantClass()
    {
        for (var z = 0; z < _city.OaCount; z++)
        {
            var shares = Enumerable.Range(0, 5).Select(k => _city.OaLandUseShares[z * 5 + k]).ToArray();
            Assert.Equal(1.0, shares.Sum(), 1e-4);
            Assert.Equal(shares.Max(), shares[(int)_city.OaLandUse[z]]);
        }
    }

    [Fact]
    public void Foreigners_ConcentrateInTheChineseEnclaves()
    {
        var density = new double[25];
        for (var z = 0; z < _city.OaCount; z++)
            density[_city.DongDistrict[_city.OaDong[z]]] += _city.RegisteredForeign[2 * z] + _city.RegisteredForeign[2 * z + 1];
        for (var d = 0; d < 25; d++)
            density[d] /= _city.Districts[d].AreaKm2;
        var top = Enumerable.Range(0, 25).OrderByDescending(d => density[d]).Take(5).Select(d => _city.Districts[d].Code).ToList();
        Assert.Contains("11545", top); // 금천
        Assert.Contains("11530", top); // 구로
        var chinese = Enumerable.Range(0, _city.OaCount).Sum(z => (double)_city.RegisteredForeign[2 * z]);
        Assert.InRange(chinese / _city.RegisteredForeign.Sum(v => (double)v), 0.5, 0.8);
    }

    [Fact]
    public void Landmarks_MyeongdongIsADongOfJungGu()
    {
        var i = CalibrationReport.MyeongdongDong(_city);
        Assert.Equal("명동", _city.Dongs[i].NameKo);
        Assert.Equal("11140", _city.Dongs[i].ParentCode);
        Assert.InRange(_city.Dongs[i].AreaKm2, 0.4, 1.5);
    }

    private static double KmToRiver(LineString river, Coordinate c)
    {
        // Distance in km on a local equirectangular scale around 37.55N.
        const double kx = 88.386, ky = 110.988;
        var best = double.MaxValue;
        var pts = river.Coordinates;
        for (var i = 0; i + 1 < pts.Length; i++)
        {
            double ax = pts[i].X * kx, ay = pts[i].Y * ky, bx = pts[i + 1].X * kx, by = pts[i + 1].Y * ky;
            double px = c.X * kx, py = c.Y * ky;
            var t = Math.Clamp(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)), 0, 1);
            var dx = ax + t * (bx - ax) - px;
            var dy = ay + t * (by - ay) - py;
            best = Math.Min(best, Math.Sqrt(dx * dx + dy * dy));
        }
        return best;
    }
}
