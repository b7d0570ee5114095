using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// Headline figures of a city's truth over a period, to compare with the published 2017-Q4 ones.
/// Sweeps every hour with <see cref="MovementModel.Totals"/>, which equals the sums of <see cref="MovementModel.Generate(HourSlot)"/>.
/// </summary>
public sealed record CalibrationReport
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required int Hours { get; init; }

    /// <summary>Mean, maximum and minimum of the hourly city total (domestic + long-term + short-term).</summary>
    public required double Mean { get; init; }
    public required double Max { get; init; }
    public required HourSlot MaxSlot { get; init; }
    public required double Min { get; init; }
    public required HourSlot MinSlot { get; init; }

    /// <summary>Most Korean non-residents of Seoul present in one hour (published: up to 1.65M).</summary>
    public required double NonResidentMax { get; init; }

    /// <summary>Registered residents (Korean + foreign) of the city.</summary>
    public required double Registered { get; init; }

    public required double DomesticMean { get; init; }
    public required double LongTermMean { get; init; }
    public required double ShortTermMean { get; init; }
    public double ForeignMean => LongTermMean + ShortTermMean;

    /// <summary>Chinese share of the short-term visitors, over the period.</summary>
    public required double ShortTermChineseShare { get; init; }

    /// <summary>Male share of Koreans present, over the period.</summary>
    public required double DomesticMaleShare { get; init; }

    /// <summary>Mean present population per district, by SIG code.</summary>
    public required IReadOnlyDictionary<string, double> DistrictMean { get; init; }

    /// <summary>The dong standing for 명동 and its mean population at 00:00 and at 14:00.</summary>
    public required string MyeongdongCode { get; init; }
    public required double MyeongdongMidnight { get; init; }
    public required double Myeongdong14h { get; init; }

    /// <summary>Relative tolerance of city-wide and of district (and 명동) figures.</summary>
    public const double CityTolerance = 0.01, DistrictTolerance = 0.05;

    /// <summary>The published 2017-Q4 figures against this report (meaningful for the full quarter).</summary>
    public IReadOnlyList<CalibrationCheck> Checks() =>
    [
        new("mean", SeoulHeadline.Mean, Mean, CityTolerance),
        new("max", SeoulHeadline.Max, Max, CityTolerance),
        new("min", SeoulHeadline.Min, Min, CityTolerance),
        new("registered", SeoulFacts.RegisteredEnd2017, Registered, CityTolerance),
        new("domestic", SeoulHeadline.DomesticMean, DomesticMean, CityTolerance),
        new("foreign", SeoulHeadline.ForeignMean, ForeignMean, CityTolerance),
        new("short-term", SeoulHeadline.ShortTermMean, ShortTermMean, CityTolerance),
        new("non-residents max", SeoulHeadline.NonResidentPeak, NonResidentMax, 2 * CityTolerance),
        new("강남 mean", SeoulHeadline.GangnamMean, DistrictMean["11680"], DistrictTolerance),
        new("송파 mean", SeoulHeadline.SongpaMean, DistrictMean["11710"], DistrictTolerance),
        new("서초 mean", SeoulHeadline.SeochoMean, DistrictMean["11650"], DistrictTolerance),
        new("금천 mean", SeoulHeadline.GeumcheonMean, DistrictMean["11545"], DistrictTolerance),
        new("명동 14:00", SeoulHeadline.Myeongdong14h, Myeongdong14h, DistrictTolerance),
    ];

    public static CalibrationReport Compute(SyntheticCity city, DateOnly from, DateOnly to)
    {
        var model = MovementModel.For(city);
        var days = to.DayNumber - from.DayNumber + 1;
        if (days <= 0)
            throw new ArgumentException("The period is empty.", nameof(to));
        var n = city.OaCount;
        var nd = city.Districts.Count;
        var oaDistrict = new int[n];
        for (var z = 0; z < n; z++)
            oaDistrict[z] = city.DongDistrict[city.OaDong[z]];
        var myeongdong = MyeongdongDong(city);

        // Per day: 24 totals, sums of classes, districts and 명동; combined in day order so results do not depend on threads.
        var total = new double[days * 24];
        var classes = new double[days * 6]; // domestic, long, short, short Chinese, domestic male, spare
        var district = new double[days * nd];
        var myeong = new double[days * 2];
        Parallel.For(0, days, new ParallelOptions { MaxDegreeOfParallelism = 2 }, day =>
        {
            var date = DateOnly.FromDayNumber(from.DayNumber + day);
            var oaTotal = new double[n];
            for (var h = 0; h < 24; h++)
            {
                var t = model.Totals(new HourSlot(date, h), oaTotal);
                var (dom, male, lt, st, stc) = (t.Domestic, t.DomesticMale, t.LongTerm, t.ShortTerm, t.ShortTermChinese);
                var myeongHour = 0.0;
                for (var z = 0; z < n; z++)
                {
                    district[day * nd + oaDistrict[z]] += oaTotal[z];
                    if (city.OaDong[z] == myeongdong)
                        myeongHour += oaTotal[z];
                }
                total[day * 24 + h] = dom + lt + st;
                classes[day * 6] += dom;
                classes[day * 6 + 1] += lt;
                classes[day * 6 + 2] += st;
                classes[day * 6 + 3] += stc;
                classes[day * 6 + 4] += male;
                if (h == 0)
                    myeong[day * 2] = myeongHour;
                if (h == 14)
                    myeong[day * 2 + 1] = myeongHour;
            }
        });

        var hours = days * 24;
        var maxAt = 0;
        var minAt = 0;
        for (var i = 1; i < hours; i++)
        {
            if (total[i] > total[maxAt]) maxAt = i;
            if (total[i] < total[minAt]) minAt = i;
        }
        double Sum(double[] a, int stride, int offset)
        {
            var sum = 0.0;
            for (var day = 0; day < days; day++)
                sum += a[day * stride + offset];
            return sum;
        }
        var domSum = Sum(classes, 6, 0);
        var stSum = Sum(classes, 6, 2);
        var districtMean = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var d = 0; d < nd; d++)
            districtMean[city.Districts[d].Code] = Sum(district, nd, d) / hours;
        var first = new HourSlot(from, 0);

        return new CalibrationReport
        {
            From = from,
            To = to,
            Hours = hours,
            Mean = total.Sum() / hours,
            Max = total[maxAt],
            MaxSlot = first.AddHours(maxAt),
            Min = total[minAt],
            MinSlot = first.AddHours(minAt),
            NonResidentMax = Enumerable.Range(0, hours).Max(i => MovementModel.NonResidents(first.AddHours(i))),
            Registered = city.RegisteredDomestic.Sum(v => (double)v) + city.RegisteredForeign.Sum(v => (double)v),
            DomesticMean = domSum / hours,
            LongTermMean = Sum(classes, 6, 1) / hours,
            ShortTermMean = stSum / hours,
            ShortTermChineseShare = Sum(classes, 6, 3) / stSum,
            DomesticMaleShare = Sum(classes, 6, 4) / domSum,
            DistrictMean = districtMean,
            MyeongdongCode = city.Dongs[myeongdong].Code,
            MyeongdongMidnight = Sum(myeong, 2, 0) / days,
            Myeongdong14h = Sum(myeong, 2, 1) / days,
        };
    }

    /// <summary>The dong named 명동, or else the dong of the OA nearest to 명동's centre.</summary>
    public static int MyeongdongDong(SyntheticCity city)
    {
        for (var i = 0; i < city.Dongs.Count; i++)
        {
            if (city.Dongs[i].NameKo == "명동")
                return i;
        }
        var centre = SeoulFacts.Centres.First(c => c.NameKo == "명동");
        var best = 0;
        var bestD = double.MaxValue;
        for (var z = 0; z < city.OaCount; z++)
        {
            var d = Math.Pow(city.OaLat[z] - centre.Lat, 2) + Math.Pow((city.OaLon[z] - centre.Lon) * 0.79, 2);
            if (d < bestD)
            {
                bestD = d;
                best = z;
            }
        }
        return city.OaDong[best];
    }
}
