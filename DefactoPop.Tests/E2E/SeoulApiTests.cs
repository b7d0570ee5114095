using System.Text.Json;
using System.Xml.Linq;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Api;
using DefactoPop.Web.Data.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.E2E;

/// <summary>The open-data API answers as Seoul's does: services, field names, envelope, paging and error codes, JSON and XML.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class SeoulApiTests(Sqlite2017StoreFixture fixture) : IAsyncLifetime
{
    private const string Day = "20171004";
    private DashboardAppFactory _app = null!;
    private HttpClient _http = null!;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _app = DashboardAppFactory.ForDatabase(fixture.Store.DbPath);
        _http = new HttpClient { BaseAddress = new Uri(_app.Start()) };
        var keys = new ApiKeyStore(fixture.Store.Database, TimeProvider.System);
        _key = await keys.AddAsync("api-test-" + Guid.NewGuid().ToString("N"));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"/{_key}/json/{path}"));
        return doc.RootElement.Clone();
    }

    [Theory]
    [InlineData(SeoulApiServices.DongDomestic, 32)]
    [InlineData(SeoulApiServices.GuDomestic, 32)]
    [InlineData(SeoulApiServices.DongLongTerm, 6)]
    [InlineData(SeoulApiServices.DongShortTerm, 6)]
    [InlineData(SeoulApiServices.GuDailySum, 12)]
    public async Task Service_JsonAndXml_SeoulEnvelopeAndFields(string service, int fields)
    {
        var json = (await JsonAsync($"{service}/1/5/{Day}")).GetProperty(service);
        var xml = XDocument.Parse(await _http.GetStringAsync($"/{_key}/xml/{service}/1/5/{Day}")).Root!;

        Assert.Equal("INFO-000", json.GetProperty("RESULT").GetProperty("CODE").GetString());
        Assert.Equal("정상 처리되었습니다", json.GetProperty("RESULT").GetProperty("MESSAGE").GetString());
        var rows = json.GetProperty("row").EnumerateArray().ToList();
        Assert.Equal(Math.Min(5, json.GetProperty("list_total_count").GetInt64()), rows.Count);
        Assert.All(rows, r => Assert.Equal(fields, r.EnumerateObject().Count()));
        Assert.Equal(Day, rows[0].GetProperty("STDR_DE_ID").GetString());
        Assert.Equal(service, xml.Name.LocalName);
        Assert.Equal("INFO-000", xml.Element("RESULT")!.Element("CODE")!.Value);
        Assert.Equal(json.GetProperty("list_total_count").GetInt64(), long.Parse(xml.Element("list_total_count")!.Value));
        Assert.Equal(rows[0].EnumerateObject().Select(p => p.Name), xml.Elements("row").First().Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task DongDomestic_FieldNames_ExactlySeoulsWithThe70T74Quirk()
    {
        var row = (await JsonAsync($"{SeoulApiServices.DongDomestic}/1/1/{Day}/14")).GetProperty(SeoulApiServices.DongDomestic).GetProperty("row")[0];
        var names = row.EnumerateObject().Select(p => p.Name).ToList();

        string[] bands = ["0T9", "10T14", "15T19", "20T24", "25T29", "30T34", "35T39", "40T44", "45T49", "50T54", "55T59", "60T64", "65T69", "70T74"];
        Assert.Equal(["STDR_DE_ID", "TMZON_PD_SE", "ADSTRD_CODE_SE", "TOT_LVPOP_CO",
            .. bands.Select(b => $"MALE_F{b}_LVPOP_CO"), .. bands.Select(b => $"FEMALE_F{b}_LVPOP_CO")], names);
        Assert.Equal("14", row.GetProperty("TMZON_PD_SE").GetString());
    }

    [Fact]
    public async Task Paging_ExactlyAThousandRowsAndTheNextPageContinues()
    {
        var dongs = (await fixture.Store.Read.GetZonesAsync(ZoneLevel.Dong)).Count;
        var days = (await fixture.Store.Read.GetCoverageAsync()).Days;
        var first = (await JsonAsync($"{SeoulApiServices.DongDomestic}/1/1000")).GetProperty(SeoulApiServices.DongDomestic);
        var second = (await JsonAsync($"{SeoulApiServices.DongDomestic}/1000/1001")).GetProperty(SeoulApiServices.DongDomestic);

        Assert.Equal((long)days * 24 * dongs, first.GetProperty("list_total_count").GetInt64());
        Assert.True(days * 24 * dongs > 1001);
        Assert.Equal(1000, first.GetProperty("row").GetArrayLength());
        Assert.Equal(2, second.GetProperty("row").GetArrayLength());
        Assert.Equal(first.GetProperty("row")[999].GetRawText(), second.GetProperty("row")[0].GetRawText());
    }

    [Theory]
    [InlineData("{S}/1/1001", "ERROR-336")]
    [InlineData("{S}/1", "ERROR-300")]
    [InlineData("", "ERROR-300")]
    [InlineData("SPOP_NO_SUCH_SERVICE/1/5", "ERROR-310")]
    [InlineData("{S}/0/5", "ERROR-331")]
    [InlineData("{S}/1/0", "ERROR-332")]
    [InlineData("{S}/a/5", "ERROR-333")]
    [InlineData("{S}/9/5", "ERROR-334")]
    [InlineData("{S}/1/5/19990101", "INFO-200")]
    public async Task Request_Bad_SeoulsErrorCodeInJsonAndXml(string path, string code)
    {
        path = path.Replace("{S}", SeoulApiServices.DongDomestic, StringComparison.Ordinal);
        var json = JsonDocument.Parse(await _http.GetStringAsync($"/{_key}/json/{path}")).RootElement;
        var xml = XDocument.Parse(await _http.GetStringAsync($"/{_key}/xml/{path}")).Root!;

        Assert.Equal(code, json.GetProperty("RESULT").GetProperty("CODE").GetString());
        Assert.Equal(SeoulApiCodes.Messages[code], json.GetProperty("RESULT").GetProperty("MESSAGE").GetString());
        Assert.Equal(code, xml.Element("CODE")!.Value);
    }

    [Fact]
    public async Task Request_WrongKey_Info100()
    {
        var json = JsonDocument.Parse(await _http.GetStringAsync($"/0123456789abcdef0123456789abcd/json/{SeoulApiServices.DongDomestic}/1/5")).RootElement;
        Assert.Equal("INFO-100", json.GetProperty("RESULT").GetProperty("CODE").GetString());
    }

    [Fact]
    public async Task Rows_NightHour_NoStratumAtOrBelowTheThresholdServed()
    {
        var rows = (await JsonAsync($"{SeoulApiServices.DongDomestic}/1/1000/{Day}/04")).GetProperty(SeoulApiServices.DongDomestic).GetProperty("row");
        var values = rows.EnumerateArray().SelectMany(r => r.EnumerateObject().Skip(3)).ToList();

        Assert.DoesNotContain(values, v => v.Value.ValueKind == JsonValueKind.Number && v.Value.GetDouble() <= 3);
        Assert.All(values.Where(v => v.Value.ValueKind == JsonValueKind.String), v => Assert.Equal("*", v.Value.GetString()));
    }

    [Fact]
    public async Task Request_StoreDamaged_Error500InJsonAndXml()
    {
        var copy = Path.Combine(Path.GetTempPath(), "dp-api-damaged-" + Guid.NewGuid().ToString("N") + ".db");
        await using (var source = new Microsoft.Data.Sqlite.SqliteConnection(fixture.Store.Database.ConnectionString))
        {
            await source.OpenAsync();
            await using var cmd = source.CreateCommand();
            cmd.CommandText = $"VACUUM INTO '{copy}'";
            await cmd.ExecuteNonQueryAsync();
        }
        await using var app = DashboardAppFactory.ForDatabase(copy);
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };
        await using (var damage = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=false"))
        {
            await damage.OpenAsync();
            await using var cmd = damage.CreateCommand();
            cmd.CommandText = "DROP TABLE PopMask";
            await cmd.ExecuteNonQueryAsync();
        }

        var json = JsonDocument.Parse(await http.GetStringAsync($"/{_key}/json/{SeoulApiServices.DongDomestic}/1/5/{Day}")).RootElement;
        var xml = XDocument.Parse(await http.GetStringAsync($"/{_key}/xml/{SeoulApiServices.DongDomestic}/1/5/{Day}")).Root!;

        Assert.Equal("ERROR-500", json.GetProperty("RESULT").GetProperty("CODE").GetString());
        Assert.Equal("ERROR-500", xml.Element("CODE")!.Value);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(copy) + "*"))
            File.Delete(f);
    }

    [Fact]
    public async Task OpenApi_DocumentAndReferencePage_Served()
    {
        var doc = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.Contains(doc.GetProperty("paths").EnumerateObject(), p => p.Name.Contains("{type}", StringComparison.Ordinal));
        var page = await _http.GetAsync("/scalar/v1");
        Assert.True(page.IsSuccessStatusCode, page.StatusCode.ToString());
    }

    [Fact]
    public async Task ApiKeys_StoredHashedNeverInTheClear()
    {
        var keys = await fixture.Store.Services.GetRequiredService<StoreDatabase>().Contexts.CreateDbContextAsync();
        var meta = keys.Meta.Select(m => m.Value).ToList();
        Assert.DoesNotContain(meta, v => v.Contains(_key, StringComparison.Ordinal));
        await keys.DisposeAsync();
    }
}
