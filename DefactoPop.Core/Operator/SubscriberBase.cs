using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Operator;

/// <summary>
/// The operator's subscribers billed to an address in one 자치구 (5-digit code), by sex and age band, and the share of them on LTE.
/// </summary>
public sealed record SubscriberBaseEntry(string GuCode, Sex Sex, AgeBand Band, long Subscribers, double LteShare);

/// <summary>The subscriber base, valid from <see cref="ValidFrom"/> through <see cref="ValidTo"/> inclusive (null = open).</summary>
public sealed record SubscriberBase(DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<SubscriberBaseEntry> Entries)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo.Value);

    /// <summary>The entry of one district and stratum, or null when absent.</summary>
    public SubscriberBaseEntry? Find(string guCode, Sex sex, AgeBand band) =>
        Entries.FirstOrDefault(e => e.GuCode == guCode && e.Sex == sex && e.Band == band);
}

/// <summary>
/// Published rates an estimator may assume (all fractions 0..1): LTE share of subscribers, the chance a device is
/// switched on in an hour, phone ownership by age band, the share of people carrying a second device, and the
/// operator's share of inbound roamers by nationality.
/// </summary>
public sealed record PublishedRates(
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    double LteShare,
    double SwitchedOnRate,
    double DualDeviceRate,
    IReadOnlyList<double> OwnershipByBand,
    double RoamingShareChinese,
    double RoamingShareOther,
    string Source)
{
    /// <summary>Ownership rate of one band.</summary>
    public double Ownership(AgeBand band) => OwnershipByBand[(int)band];

    public double RoamingShare(Nationality nationality) =>
        nationality == Nationality.Chinese ? RoamingShareChinese : RoamingShareOther;
}
