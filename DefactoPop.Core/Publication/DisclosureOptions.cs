namespace DefactoPop.Core.Publication;

/// <summary>Disclosure control settings: cells of <paramref name="Threshold"/> persons or fewer are masked.</summary>
public sealed record DisclosureOptions(double Threshold = 3)
{
    public static DisclosureOptions Seoul { get; } = new();
}
