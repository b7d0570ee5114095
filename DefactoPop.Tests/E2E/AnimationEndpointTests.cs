using System.Net;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Tests.TestSupport.Stores;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace DefactoPop.Tests.E2E;

/// <summary>GET /briefing/animation.gif (and .mp4) on the app over the simulated store: a 24-frame GIF; bad queries a 400 with the reason.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class AnimationEndpointTests(Sqlite2017StoreFixture fixture)
{
    private async Task<(HttpResponseMessage Response, string Body, byte[] Bytes)> GetAsync(string url)
    {
        await using var app = DashboardAppFactory.ForDatabase(fixture.Store.DbPath);
        using var http = new HttpClient { BaseAddress = new Uri(app.Start()) };
        var response = await http.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (response, System.Text.Encoding.UTF8.GetString(bytes), bytes);
    }

    [Fact]
    public async Task AnimationGif_DayAndMetric_ReturnsATwentyFourFrameGif()
    {
        var (response, _, bytes) = await GetAsync("/briefing/animation.gif?date=2017-10-04&metric=ratio");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("animation-2017-10-04-dong-ratio.gif", response.Content.Headers.ContentDisposition?.FileName);
        using var image = Image.Load<Rgba32>(bytes);
        Assert.Equal(24, image.Frames.Count);
    }

    [Theory]
    [InlineData("?metric=wealth", "Unknown metric 'wealth'")]
    [InlineData("?date=2017-10-4", "not yyyy-MM-dd")]
    [InlineData("?date=2018-01-01", "No figures on 2018-01-01")]
    [InlineData("?level=oa", "자치구 (district) or 행정동 (dong)")]
    public async Task AnimationGif_BadQuery_IsABadRequestSayingWhy(string query, string reason)
    {
        var (response, body, _) = await GetAsync("/briefing/animation.gif" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnimationMp4_Day_IsAVideoOrSaysFfmpegIsMissing()
    {
        var (response, body, bytes) = await GetAsync("/briefing/animation.mp4?date=2017-10-04");

        if (FfmpegVideo.Locate() is null)
        {
            Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
            Assert.Contains("ffmpeg", body, StringComparison.Ordinal);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ftyp"u8.ToArray(), bytes[4..8]);
    }
}
