using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// The estimator's detection assumptions from the operator's reference files only: the published rates (LTE share,
/// switched on, ownership by age, dual devices, roaming shares) and the market share implied by the subscriber base
/// against the city's residents (census, else register) times ownership.
/// </summary>
public static class PublishedAssumptions
{
    /// <summary>The options a drops folder's reference/ implies: its published rates and subscriber base when delivered, the defaults otherwise.</summary>
    public static EstimationOptions FromReference(string referenceFolder, CityFrame city)
    {
        ArgumentNullException.ThrowIfNull(referenceFolder);
        var options = new EstimationOptions();
        var ratesPath = Path.Combine(referenceFolder, ContractFormat.PublishedRatesFile);
        if (!File.Exists(ratesPath))
            return options;
        var basePath = Path.Combine(referenceFolder, ContractFormat.SubscriberBaseFile);
        var subscribers = File.Exists(basePath) ? ReferenceReader.ReadSubscriberBase(basePath) : null;
        return Apply(options, ReferenceReader.ReadPublishedRates(ratesPath), subscribers, city);
    }

    public static EstimationOptions Apply(EstimationOptions options, PublishedRates rates, SubscriberBase? subscribers, CityFrame city)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(city);
        var expansion = options.Expansion with
        {
            LteShare = rates.LteShare,
            SwitchedOnShare = rates.SwitchedOnRate,
            DualDeviceShare = rates.DualDeviceRate,
            OwnershipByBand = rates.OwnershipByBand,
            LevelCvDetection = ExpansionOptions.PublishedDetectionCv,
        };
        if (subscribers is not null && MarketShare(subscribers, rates, city) is { } share)
            expansion = expansion with { MarketShare = share };
        return options with
        {
            Expansion = expansion,
            Foreign = options.Foreign with { RoamingShare = [rates.RoamingShareChinese, rates.RoamingShareOther] },
        };
    }

    /// <summary>Σ subscribers ÷ Σ residents × ownership over the districts of the frame; null when nothing joins.</summary>
    public static double? MarketShare(SubscriberBase subscribers, PublishedRates rates, CityFrame city)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(city);
        const int S = Strata.Count;
        var residents = city.NightResidents;
        var owners = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < city.OaCount; j++)
        {
            var gu = city.Districts[city.DongDistrict[city.OaDong[j]]].Code;
            double sum = 0;
            for (var s = 0; s < S; s++)
                sum += residents[j * S + s] * rates.Ownership(Strata.BandOf(s));
            owners[gu] = owners.GetValueOrDefault(gu) + sum;
        }
        double subs = 0, people = 0;
        foreach (var (gu, count) in subscribers.Entries.GroupBy(e => e.GuCode).Select(g => (g.Key, g.Sum(e => (double)e.Subscribers))))
        {
            if (!owners.TryGetValue(gu, out var o))
                continue;
            subs += count;
            people += o;
        }
        return people > 0 && subs > 0 ? subs / people : null;
    }
}
