namespace DefactoPop.Tests.TestSupport.Dashboard;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Dashboard browser";
}
