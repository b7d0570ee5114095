namespace DefactoPop.Tests.Core.Synthetic;

/// <summary>Shares one full-size city between the full-city test classes.</summary>
[CollectionDefinition(Name)]
public sealed class FullCityCollection : ICollectionFixture<FullCityFixture>
{
    public const string Name = "Full synthetic city";
}
