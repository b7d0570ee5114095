namespace DefactoPop.Core.Synthetic;

/// <summary>Character of an activity centre.</summary>
[Flags]
public enum CentreRole
{
    None = 0,
    Offices = 1,
    Shopping = 2,
    Nightlife = 4,
    Tourism = 8,
    Transit = 16,
    University = 32,
    ForeignResidents = 64,
    Leisure = 128,
}
