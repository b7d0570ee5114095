using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefactoPop.Core.Validation;

/// <summary>Validation of the estimator against the synthetic truth (methodology §3.5). Serialised as camelCase JSON.</summary>
public sealed record ValidationResult
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Days evaluated (all 24 hours each).</summary>
    public required int Days { get; init; }
    public required int Hours { get; init; }
    public required IReadOnlyList<string> SampledDates { get; init; }
    public required int CalibrationNights { get; init; }
    public required string Allocation { get; init; }

    /// <summary>Synthetic network: sites, cells and mean cells per OA in the true coverage.</summary>
    public required int Sites { get; init; }
    public required int Cells { get; init; }
    public required double CellsPerOa { get; init; }
    public required string Expansion { get; init; }

    /// <summary>Largest and mean |Σ Û − Σ U| / Σ U over the hours, all classes, percent.</summary>
    public required double CityTotalMaxErrorPct { get; init; }
    public required double CityTotalMeanErrorPct { get; init; }

    public required LevelWape WapePct { get; init; }
    public required double MedianApeOaPct { get; init; }
    public required double Interval90CoveragePct { get; init; }

    public required double SpatialErrorRatioEmToVoronoi { get; init; }
    public required double SpatialErrorRatioSbToVoronoi { get; init; }
    /// <summary>Displacement of the allocated device maps (EM, simple Bayes, Voronoi) with the estimator's P* (model mismatch).</summary>
    public required SpatialErrors SpatialErrorM { get; init; }

    /// <summary>The same with the true P (methodology §3.5 row "P* = P").</summary>
    public required double SpatialErrorRatioEmToVoronoiExactCoverage { get; init; }
    public required SpatialErrors SpatialErrorExactCoverageM { get; init; }

    public required MisspecifiedShareResult MisspecifiedShare { get; init; }
    public required ExpansionErrors ExpansionCorrectShare { get; init; }

    /// <summary>Mean age-structure dissimilarity D at 행정동, percent.</summary>
    public required double AgeDissimilarityDongPct { get; init; }
    public required BandWape BandWapeDongPct { get; init; }
    public required ForeignerErrors Foreigners { get; init; }

    /// <summary>Median over 행정동 × day of the Pearson r of the 24-hour profile.</summary>
    public required double ProfileCorrelationDongMedian { get; init; }

    /// <summary>Peak overdispersion of night counts used for the intervals.</summary>
    public required double Overdispersion { get; init; }

    /// <summary>The city-total error with each assumed rate 5 % off (see <see cref="Validation.Sensitivity"/>).</summary>
    public IReadOnlyList<SensitivityRow> Sensitivity { get; init; } = [];

    public required IReadOnlyList<TargetCheck> Targets { get; init; }

    public bool AllTargetsMet => Targets.All(t => t.Met);

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ValidationResult? FromJson(string json) => JsonSerializer.Deserialize<ValidationResult>(json, s_json);
}
