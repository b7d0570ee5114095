using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Registered residents of one zone (MOIS dong 8 digits, district 5 digits, or the city "11").
/// Sex null = both sexes; Band null = all ages.
/// </summary>
public sealed record RegisteredRecord(string ZoneCode, ZoneLevel Level, Sex? Sex, AgeBand? Band, RegisteredGroup Group, double Persons);
