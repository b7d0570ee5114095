using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>Writes the operator's reference files (UTF-8 CSV / JSON, each via a temporary name and a rename).</summary>
public static class ReferenceWriter
{
    public static void WriteCellPlan(string path, CellPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var csv = new CsvRowWriter(ContractFormat.CellPlanColumns);
        foreach (var e in plan.Entries)
        {
            csv.Text(e.CellId).Text(e.SiteId).Number(e.Lon).Number(e.Lat).Number(e.AzimuthDeg).Number(e.BeamwidthDeg)
                .Number(e.HeightM).Text(e.Band).Number(e.PowerW).Int(e.Indoor ? 1 : 0).Text(Day(e.ValidFrom)).Text(e.ValidTo is { } to ? Day(to) : "");
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }

    public static void WriteSubscriberBase(string path, SubscriberBase subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var csv = new CsvRowWriter(ContractFormat.SubscriberBaseColumns);
        var from = Day(subscribers.ValidFrom);
        var to = subscribers.ValidTo is { } t ? Day(t) : "";
        foreach (var e in subscribers.Entries)
        {
            csv.Text(from).Text(to).Text(e.GuCode).Text(ContractFormat.SexCode(e.Sex)).Text(Strata.BandLabel(e.Band))
                .Int(e.Subscribers).Number(e.LteShare);
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }

    public static void WritePublishedRates(string path, PublishedRates rates) => AtomicFile.Write(path, PublishedRatesJson(rates));

    public static byte[] PublishedRatesJson(PublishedRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.OwnershipByBand.Count != Strata.BandCount)
            throw new ArgumentException($"Ownership needs {Strata.BandCount} bands.", nameof(rates));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("contract_version", ContractFormat.Version);
            json.WriteString("valid_from", Day(rates.ValidFrom));
            if (rates.ValidTo is { } to)
                json.WriteString("valid_to", Day(to));
            else
                json.WriteNull("valid_to");
            json.WriteNumber("lte_share", rates.LteShare);
            json.WriteNumber("switched_on_rate", rates.SwitchedOnRate);
            json.WriteNumber("dual_device_rate", rates.DualDeviceRate);
            json.WriteStartObject("ownership_by_age_band");
            for (var b = 0; b < Strata.BandCount; b++)
                json.WriteNumber(Strata.BandLabel((AgeBand)b), rates.OwnershipByBand[b]);
            json.WriteEndObject();
            json.WriteStartObject("roaming_share");
            json.WriteNumber("chinese", rates.RoamingShareChinese);
            json.WriteNumber("other", rates.RoamingShareOther);
            json.WriteEndObject();
            json.WriteString("source", rates.Source);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Day(DateOnly date) => date.ToString(ContractFormat.DateFormat, CultureInfo.InvariantCulture);
}
