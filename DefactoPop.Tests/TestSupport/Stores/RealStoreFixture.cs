using DefactoPop.Web.Data.Import;

namespace DefactoPop.Tests.TestSupport.Stores;

/// <summary>
/// A store built as a city analyst builds one from the real files in ../shared: the district and dong boundaries,
/// the dong code mapping and the 2024 district file, optionally followed by the 2021Q2 register. Nothing else:
/// no foreigner classes, no dong or OA figures.
/// </summary>
public abstract class RealStoreFixture(bool withRegister) : IAsyncLifetime, IDashboardStoreFixture
{
    public const string RegisterFile = "registered/seoul_registered_pop_by_dong_sex_2021Q2.txt";

    private static readonly string[] s_files =
    [
        "boundaries/seoul_gu_2017.geojson",
        "boundaries/codes/dong_code_mapping_2018.xlsx",
        "boundaries/seoul_dong_2017.geojson",
        "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoreBrowser? _browser;

    public TestStore? Store { get; private set; }

    public StoreFacts Facts { get; } = new(withRegister ? "real-register" : "real", new DateOnly(2024, 3, 6), HasRegister: withRegister, HasForeigners: false, HasDongs: false);

    /// <summary>The register import's report, or why it was refused (the rest of the store is usable either way).</summary>
    public ImportReport? RegisterReport { get; private set; }

    public Exception? RegisterError { get; private set; }

    public async Task InitializeAsync()
    {
        if (!SharedData.Exists)
            return;
        Store = await TestStore.CreateAsync();
        foreach (var file in s_files)
            await Store.Imports.ImportFileAsync(SharedData.Real(file));
        if (!withRegister)
            return;
        try
        {
            RegisterReport = await Store.Imports.ImportFileAsync(SharedData.Real(RegisterFile));
        }
        catch (DefactoPop.Core.Import.ImportFormatException e)
        {
            RegisterError = e;
        }
    }

    public async Task<StoreBrowser> BrowserAsync()
    {
        var store = Store ?? throw new InvalidOperationException("../shared/data/real is not present.");
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await StoreBrowser.StartAsync(store.DbPath);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        if (Store is not null)
            await Store.DisposeAsync();
        _gate.Dispose();
    }

    public sealed class WithoutRegister() : RealStoreFixture(false);

    public sealed class WithRegister() : RealStoreFixture(true);
}
