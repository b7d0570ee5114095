using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefactoPop.Core.Validation;

/// <summary>90 % interval coverage (%) at each level: the share of zone-hours whose truth lies in the stored interval.</summary>
public sealed record LevelCoverage(double Oa, double Dong, double Gu, double City);

/// <summary>The stored estimates of one day (or of all days) against the sealed truth.</summary>
public sealed record StoredMetrics
{
    /// <summary>The day, yyyy-MM-dd; absent for the overall figures.</summary>
    public string? Date { get; init; }

    public required int Days { get; init; }
    public required int Hours { get; init; }

    /// <summary>Largest and mean |Σ Û − Σ U| / Σ U of the city total (all classes) over the hours, percent.</summary>
    public required double CityTotalMaxErrorPct { get; init; }
    public required double CityTotalMeanErrorPct { get; init; }

    public required LevelWape WapePct { get; init; }
    public required LevelCoverage Interval90CoveragePct { get; init; }

    /// <summary>Absent when the store holds no foreign figures for the day.</summary>
    public ForeignerErrors? Foreigners { get; init; }

    public required IReadOnlyList<TargetCheck> Targets { get; init; }

    public bool AllTargetsMet => Targets.All(t => t.Met);
}

/// <summary>Out-of-sample validation of the store (validate --truth): every chosen day and all of them together. Serialised as camelCase JSON.</summary>
public sealed record StoredValidationReport(IReadOnlyList<StoredMetrics> Days, StoredMetrics Overall)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What was compared: always "store" (the old mode re-estimates in process and has no such field).</summary>
    public string Mode => "store";

    /// <summary>True when every target is met on every day and overall.</summary>
    public bool AllTargetsMet => Overall.AllTargetsMet && Days.All(d => d.AllTargetsMet);

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static StoredValidationReport? FromJson(string json) => JsonSerializer.Deserialize<StoredValidationReport>(json, s_json);
}
