namespace DefactoPop.Web.Data.Entities;

/// <summary>Registered population of a zone. Sex 2 = both sexes, Band 14 = all ages; Group 0 = all, 1 = Korean, 2 = foreign.</summary>
public sealed class RegisteredEntity
{
    public const byte BothSexes = 2;
    public const byte AllBands = 14;
    public const byte AllGroups = (byte)Core.Reference.RegisteredGroup.All;

    public int ZoneId { get; set; }
    public byte Sex { get; set; }
    public byte Band { get; set; }
    public byte Group { get; set; }
    public double Persons { get; set; }
}
