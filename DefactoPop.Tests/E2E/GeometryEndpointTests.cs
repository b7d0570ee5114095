using System.Net;
using System.Net.Http.Headers;
using DefactoPop.Tests.TestSupport.Dashboard;

namespace DefactoPop.Tests.E2E;

/// <summary>The /geo endpoint: compressed, versioned and cacheable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GeometryEndpointTests(BrowserFixture fx)
{
    [Fact]
    public async Task Geo_Brotli_IsCompressedWithEtagAndRevalidates()
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(fx.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/geo/dong.geojson");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var etag = response.Headers.ETag!;
        var version = etag.Tag.Trim('"');

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/geo/dong.geojson?v={version}");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var versioned = await http.GetAsync($"/geo/gu.geojson?v=x");
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.True(versioned.Headers.CacheControl!.NoCache);
        using var unknown = await http.GetAsync("/geo/moon.geojson");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Culture_Endpoint_SetsCookieAndRedirectsLocally()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(fx.BaseUrl) };

        using var ok = await http.GetAsync("/culture?lang=en&returnUrl=%2Fmap%3Flang%3Den");
        using var evil = await http.GetAsync("/culture?lang=en&returnUrl=https%3A%2F%2Fexample.com");

        Assert.Equal("/map?lang=en", ok.Headers.Location?.OriginalString);
        Assert.Contains(ok.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den", StringComparison.Ordinal));
        Assert.Equal("/", evil.Headers.Location?.OriginalString);
    }
}
