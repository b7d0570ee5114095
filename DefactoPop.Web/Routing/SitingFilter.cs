using System.Globalization;
using DefactoPop.Core.Siting;

namespace DefactoPop.Web.Routing;

/// <summary>
/// Every setting of a siting run, as it appears in the /siting URL and as the <c>site</c> verb takes it: the preset,
/// the period, k, the draws, and each preset's weights. <see cref="Parse"/> reads both; <see cref="ToPairs"/> writes
/// only what differs from the defaults.
/// </summary>
public sealed record SitingFilter
{
    public SitingPreset Preset { get; init; } = SitingPreset.Senior;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Sites to choose (senior k, canopy N, bus and retail top k); null = the preset's default.</summary>
    public int? K { get; init; }
    public int Draws { get; init; } = 30;
    public int Seed { get; init; } = 1;

    public SeniorFacility Facility { get; init; } = SeniorFacility.Gyeongrodang;
    public double Alpha { get; init; } = 1.0;
    public double? Radius { get; init; }

    public double Heat { get; init; } = 0.3;
    public double Vulnerable { get; init; } = 0.4;
    public double Crossing { get; init; } = 0.2;
    public double Volume { get; init; } = 0.1;
    public Aggregation Aggregation { get; init; } = Aggregation.Linear;
    public double MinWidth { get; init; } = 4;

    public double DemandWeight { get; init; } = 0.5;
    public double Inefficiency { get; init; } = 0.3;
    public double Unmet { get; init; } = 0.2;

    public RetailKind Retail { get; init; } = RetailKind.FastFood;
    public double? Beta { get; init; }

    /// <summary>The keys the URL and the verb use, in one place.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["preset", "from", "to", "k", "draws", "seed", "facility", "alpha", "radius", "heat", "vulnerable", "crossing", "volume",
         "agg", "minwidth", "demand", "inefficiency", "unmet", "retail", "beta"];

    public static string PresetKey(SitingPreset p) => p switch
    {
        SitingPreset.Senior => "senior",
        SitingPreset.Canopy => "canopy",
        SitingPreset.Bus => "bus",
        _ => "retail",
    };

    /// <summary>Reads settings; <paramref name="strict"/> (the verb) throws on a bad value, otherwise (a URL) a bad value keeps its default.</summary>
    public static SitingFilter Parse(IReadOnlyDictionary<string, string?> values, bool strict)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (strict && values.Keys.FirstOrDefault(k => !Keys.Contains(k)) is { } unknown)
            throw new FormatException($"unknown setting '{unknown}'");
        var d = new SitingFilter();
        T Get<T>(string key, T fallback, Func<string, T?> parse, string expected)
        {
            if (!values.TryGetValue(key, out var raw) || string.IsNullOrWhiteSpace(raw))
                return fallback;
            try
            {
                if (parse(raw.Trim()) is { } v)
                    return v;
            }
            catch (FormatException)
            {
            }
            catch (OverflowException)
            {
            }
            return strict ? throw new FormatException($"{key}: '{raw}' is not {expected}") : fallback;
        }
        double? Weight(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) is var v && v >= 0 && v <= 1 ? v : null;
        int? Count(string s, int max) => int.Parse(s, CultureInfo.InvariantCulture) is var v && v >= 1 && v <= max ? v : null;
        return new SitingFilter
        {
            Preset = Get<SitingPreset?>("preset", d.Preset, s => s.ToLowerInvariant() switch
            {
                "senior" => SitingPreset.Senior,
                "canopy" => SitingPreset.Canopy,
                "bus" => SitingPreset.Bus,
                "retail" => SitingPreset.Retail,
                _ => null,
            }, "senior, canopy, bus or retail")!.Value,
            From = Get<DateOnly?>("from", null, s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture), "a date (yyyy-MM-dd)"),
            To = Get<DateOnly?>("to", null, s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture), "a date (yyyy-MM-dd)"),
            K = Get<int?>("k", null, s => Count(s, 200), "a whole number from 1 to 200"),
            Draws = Get<int?>("draws", d.Draws, s => Count(s, 200), "a whole number from 1 to 200")!.Value,
            Seed = Get<int?>("seed", d.Seed, s => int.Parse(s, CultureInfo.InvariantCulture), "a whole number")!.Value,
            Facility = Get<SeniorFacility?>("facility", d.Facility, s => s.ToLowerInvariant() switch
            {
                "gyeongrodang" or "경로당" => SeniorFacility.Gyeongrodang,
                "welfare" or "복지관" => SeniorFacility.WelfareCentre,
                _ => null,
            }, "gyeongrodang or welfare")!.Value,
            Alpha = Get<double?>("alpha", d.Alpha, Weight, "a number from 0 to 1")!.Value,
            Radius = Get<double?>("radius", null, s => double.Parse(s, CultureInfo.InvariantCulture) is var v && v is > 0 and <= 20_000 ? v : null, "metres from 1 to 20000"),
            Heat = Get<double?>("heat", d.Heat, Weight, "a weight from 0 to 1")!.Value,
            Vulnerable = Get<double?>("vulnerable", d.Vulnerable, Weight, "a weight from 0 to 1")!.Value,
            Crossing = Get<double?>("crossing", d.Crossing, Weight, "a weight from 0 to 1")!.Value,
            Volume = Get<double?>("volume", d.Volume, Weight, "a weight from 0 to 1")!.Value,
            Aggregation = Get<Aggregation?>("agg", d.Aggregation, s => s.ToLowerInvariant() switch
            {
                "linear" => Aggregation.Linear,
                "geometric" => Aggregation.Geometric,
                _ => null,
            }, "linear or geometric")!.Value,
            MinWidth = Get<double?>("minwidth", d.MinWidth, s => double.Parse(s, CultureInfo.InvariantCulture) is var v && v is >= 0 and <= 100 ? v : null, "metres from 0 to 100")!.Value,
            DemandWeight = Get<double?>("demand", d.DemandWeight, Weight, "a weight from 0 to 1")!.Value,
            Inefficiency = Get<double?>("inefficiency", d.Inefficiency, Weight, "a weight from 0 to 1")!.Value,
            Unmet = Get<double?>("unmet", d.Unmet, Weight, "a weight from 0 to 1")!.Value,
            Retail = Get<RetailKind?>("retail", d.Retail, s => s.ToLowerInvariant() switch
            {
                "fastfood" => RetailKind.FastFood,
                "cosmetics" => RetailKind.Cosmetics,
                _ => null,
            }, "fastfood or cosmetics")!.Value,
            Beta = Get<double?>("beta", null, Weight, "a number from 0 to 1"),
        };
    }

    /// <summary>The settings that differ from the defaults, as key/value pairs (for the URL).</summary>
    public IReadOnlyList<(string Key, string Value)> ToPairs()
    {
        var d = new SitingFilter();
        var inv = CultureInfo.InvariantCulture;
        var pairs = new List<(string, string)>();
        void Add(string key, string? value, string? fallback = null)
        {
            if (value is not null && value != fallback)
                pairs.Add((key, value));
        }
        string N(double v) => v.ToString("0.###", inv);
        Add("preset", PresetKey(Preset), PresetKey(d.Preset));
        Add("from", From?.ToString("yyyy-MM-dd", inv));
        Add("to", To?.ToString("yyyy-MM-dd", inv));
        Add("k", K?.ToString(inv));
        Add("draws", Draws.ToString(inv), d.Draws.ToString(inv));
        Add("seed", Seed.ToString(inv), d.Seed.ToString(inv));
        if (Preset == SitingPreset.Senior)
        {
            Add("facility", Facility == SeniorFacility.Gyeongrodang ? "gyeongrodang" : "welfare", "gyeongrodang");
            Add("alpha", N(Alpha), N(d.Alpha));
            Add("radius", Radius is { } r ? N(r) : null);
        }
        if (Preset == SitingPreset.Canopy)
        {
            Add("heat", N(Heat), N(d.Heat));
            Add("vulnerable", N(Vulnerable), N(d.Vulnerable));
            Add("crossing", N(Crossing), N(d.Crossing));
            Add("volume", N(Volume), N(d.Volume));
            Add("agg", Aggregation == Aggregation.Linear ? "linear" : "geometric", "linear");
            Add("minwidth", N(MinWidth), N(d.MinWidth));
        }
        if (Preset == SitingPreset.Bus)
        {
            Add("demand", N(DemandWeight), N(d.DemandWeight));
            Add("inefficiency", N(Inefficiency), N(d.Inefficiency));
            Add("unmet", N(Unmet), N(d.Unmet));
        }
        if (Preset == SitingPreset.Retail)
        {
            Add("retail", Retail == RetailKind.FastFood ? "fastfood" : "cosmetics", "fastfood");
            Add("beta", Beta is { } b ? N(b) : null);
        }
        return pairs;
    }

    public SeniorOptions ToSenior() => new() { Facility = Facility, K = K ?? 3, Radius = Radius, Alpha = Alpha };

    public CanopyOptions ToCanopy() => new()
    {
        HeatWeight = Heat, VulnerableWeight = Vulnerable, CrossingWeight = Crossing, VolumeWeight = Volume,
        Aggregation = Aggregation, MinRoadWidth = MinWidth, N = K ?? 20,
    };

    public BusOptions ToBus() => new() { DemandWeight = DemandWeight, InefficiencyWeight = Inefficiency, UnmetWeight = Unmet, K = K ?? 10 };

    public RetailOptions ToRetail() => new() { Kind = Retail, Beta = Beta, K = K ?? 10 };
}
