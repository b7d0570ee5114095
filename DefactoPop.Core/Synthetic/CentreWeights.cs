using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// Tuned pull of each activity centre (same order as <see cref="SeoulFacts.Centres"/>), spread as a
/// Gaussian of width SigmaKm. Office/Commercial/University drive land use and Korean movement;
/// ShortDay/ShortNight drive visitors (attractions by day, hotels at night); LongWork/LongHome drive
/// long-term foreigners.
/// </summary>
internal static class CentreWeights
{
    public readonly record struct Pull(double Office, double Commercial, double University, double ShortDay, double ShortNight, double LongWork, double LongHome, double SigmaKm);

    public static IReadOnlyList<Pull> All { get; } =
    [
        new(3.0, 0.6, 0, 0.6, 0.8, 0.3, 0, 0.8),     // 광화문/시청
        new(1.1, 2.5, 0, 7.5, 0, 0.3, 0, 0.35),      // 명동
        new(0.6, 2.0, 0, 2.5, 1.2, 0.5, 0.2, 0.5),   // 동대문
        new(1.5, 1.0, 0, 1.2, 0.6, 0.2, 0, 0.6),     // 종로/인사동
        new(0.3, 0.3, 0, 1.5, 0.2, 0, 0, 0.5),       // 경복궁
        new(1.0, 0.8, 0, 0.3, 0.8, 0.2, 0, 0.5),     // 서울역
        new(3.5, 0.8, 0, 0.3, 0.3, 0.3, 0, 0.9),     // 여의도
        new(2.5, 2.0, 0, 0.8, 1.0, 0.3, 0, 0.7),     // 강남역
        new(3.5, 1.2, 0, 1.0, 1.0, 0.3, 0, 1.0),     // 테헤란로/삼성
        new(0.5, 1.5, 0, 1.5, 0.5, 0, 0, 0.5),       // 신사
        new(1.0, 2.5, 0, 1.8, 0.5, 0.2, 0, 0.8),     // 잠실
        new(0.3, 2.5, 0, 2.0, 1.2, 0.2, 0, 0.6),     // 홍대
        new(0.3, 1.2, 2.0, 0.3, 0.3, 0.1, 0, 0.6),   // 신촌/연세대
        new(0.2, 1.5, 0, 1.0, 0.6, 0.3, 0.3, 0.5),   // 이태원
        new(2.0, 0.4, 0, 0, 0, 2.0, 0.3, 0.8),       // 구로디지털단지
        new(2.0, 0.4, 0, 0, 0, 2.5, 0.3, 0.8),       // 가산디지털단지
        new(0, 0.5, 0, 0, 0, 0.5, 3.0, 0.6),         // 대림동
        new(0, 0.3, 0, 0, 0, 0.5, 3.0, 0.5),         // 가리봉동
        new(0, 1.0, 1.0, 0.3, 0, 0.2, 1.5, 0.6),     // 자양동(건대)
        new(1.5, 0.2, 0, 0, 0, 0.3, 0, 0.8),         // 마곡
        new(1.5, 0.3, 0, 0.1, 0, 0.2, 0, 0.7),       // 상암 DMC
        new(0.5, 1.5, 0, 0.4, 0.3, 0, 0, 0.5),       // 고속터미널
        new(0.5, 0.5, 0, 0.2, 0.2, 0.2, 0, 0.8),     // 김포공항
        new(0, 0.3, 2.0, 0, 0, 0, 0, 0.8),           // 서울대
        new(0, 0.3, 1.5, 0, 0, 0, 0, 0.6),           // 고려대
    ];

    /// <summary>Sum over centres of weight(centre index, pull) times the centre's Gaussian, at each OA.</summary>
    public static double[] Field(double[] lat, double[] lon, Func<int, Pull, double> weight)
    {
        var centres = SeoulFacts.Centres;
        var field = new double[lat.Length];
        for (var c = 0; c < centres.Count; c++)
        {
            var p = All[c];
            var w = weight(c, p);
            if (w == 0)
                continue;
            var cx = LocalProjection.SeoulKm.X(centres[c].Lon);
            var cy = LocalProjection.SeoulKm.Y(centres[c].Lat);
            for (var z = 0; z < lat.Length; z++)
            {
                var dx = LocalProjection.SeoulKm.X(lon[z]) - cx;
                var dy = LocalProjection.SeoulKm.Y(lat[z]) - cy;
                field[z] += w * Math.Exp(-(dx * dx + dy * dy) / (2 * p.SigmaKm * p.SigmaKm));
            }
        }
        return field;
    }

    /// <summary>Gaussian pulls of every centre at each OA: [oa * 7 + k] for the seven pull kinds.</summary>
    public static double[] Scores(double[] lat, double[] lon)
    {
        const int k = 7;
        var centres = SeoulFacts.Centres;
        var cx = centres.Select(c => LocalProjection.SeoulKm.X(c.Lon)).ToArray();
        var cy = centres.Select(c => LocalProjection.SeoulKm.Y(c.Lat)).ToArray();
        var scores = new double[lat.Length * k];
        for (var z = 0; z < lat.Length; z++)
        {
            var x = LocalProjection.SeoulKm.X(lon[z]);
            var y = LocalProjection.SeoulKm.Y(lat[z]);
            for (var c = 0; c < centres.Count; c++)
            {
                var p = All[c];
                var d2 = (x - cx[c]) * (x - cx[c]) + (y - cy[c]) * (y - cy[c]);
                var g = Math.Exp(-d2 / (2 * p.SigmaKm * p.SigmaKm));
                if (g < 1e-6)
                    continue;
                var o = z * k;
                scores[o] += p.Office * g;
                scores[o + 1] += p.Commercial * g;
                scores[o + 2] += p.University * g;
                scores[o + 3] += p.ShortDay * g;
                scores[o + 4] += p.ShortNight * g;
                scores[o + 5] += p.LongWork * g;
                scores[o + 6] += p.LongHome * g;
            }
        }
        return scores;
    }
}
