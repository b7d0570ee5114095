using System.Text.Json;
using System.Text.Json.Nodes;
using DefactoPop.Core.Abstractions;

namespace DefactoPop.Web.Cli;

/// <summary>The stable JSON contract of <c>summary --json</c> (documented in the README). Unknown figures are null.</summary>
public static class SummaryJson
{
    public static string Write(DatasetSummary s)
    {
        var json = new JsonObject
        {
            ["registered"] = s.Registered is > 0 and { } r ? Round(r) : null,
            ["mean"] = s.Mean is { } m ? Round(m) : null,
            ["max"] = s.Max is { } max ? new JsonObject { ["value"] = Round(max.Value), ["at"] = max.At.ToString() } : null,
            ["min"] = s.Min is { } min ? new JsonObject { ["value"] = Round(min.Value), ["at"] = min.At.ToString() } : null,
            ["days"] = s.Days,
            ["districts"] = new JsonArray(s.Districts.Select(d => (JsonNode)new JsonObject
            {
                ["code"] = d.Code,
                ["name"] = d.Name,
                ["nameEn"] = d.NameEn,
                ["registered"] = d.Registered is > 0 and { } dr ? Round(dr) : null,
                ["mean"] = d.Mean is { } dm ? Round(dm) : null,
            }).ToArray()),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static double Round(double v) => Math.Round(v, 4);
}
