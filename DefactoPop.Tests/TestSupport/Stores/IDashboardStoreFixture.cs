namespace DefactoPop.Tests.TestSupport.Stores;

/// <summary>A store the dashboard suites run on, with what was loaded into it.</summary>
public interface IDashboardStoreFixture
{
    StoreFacts Facts { get; }

    Task<StoreBrowser> BrowserAsync();
}

/// <summary>What a store holds: a date with data, and which optional files were loaded.</summary>
/// <param name="Name">For screenshots.</param>
/// <param name="Date">A day with data.</param>
public sealed record StoreFacts(string Name, DateOnly Date, bool HasRegister, bool HasForeigners, bool HasDongs);
