using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Cli;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace DefactoPop.Tests.Cli;

/// <summary>The <c>animate</c> verb on the simulated store: a 24-frame GIF; bad options refused and nothing written.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class AnimateCommandTests(Sqlite2017StoreFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dp-anim-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", fixture.Store.DbPath], error);
        return (code, error.ToString());
    }

    [Fact]
    public async Task Animate_Gif_WritesATwentyFourFrameGif()
    {
        var path = Path.Combine(_dir, "day.gif");

        var (code, error) = await RunAsync("animate", "--out", path, "--date", "2017-10-04", "--metric", "defacto", "--level", "dong");

        Assert.True(code == 0, error);
        using var image = Image.Load<Rgba32>(path);
        Assert.Equal(24, image.Frames.Count);
        Assert.Equal((MapAnimation.Width, MapAnimation.Height), (image.Width, image.Height));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task Animate_ForeignMetricByDistrict_WritesAGif()
    {
        var path = Path.Combine(_dir, "short.gif");

        var (code, error) = await RunAsync("animate", "--out", path, "--metric", "short-cn", "--level", "district");

        Assert.True(code == 0, error);
        using var image = Image.Load<Rgba32>(path);
        Assert.Equal(24, image.Frames.Count);
    }

    [Theory]
    [InlineData("--out", "day.txt")]
    [InlineData("--out", "day.gif", "--metric", "wealth")]
    [InlineData("--out", "day.gif", "--date", "2017-13-01")]
    [InlineData("--out", "day.gif", "--level", "block")]
    [InlineData("--out", "day.gif", "--hour", "3")]
    public async Task Animate_BadOption_ExitsTwo(params string[] args)
    {
        var (code, error) = await RunAsync(["animate", .. args.Select(a => a.StartsWith("day", StringComparison.Ordinal) ? Path.Combine(_dir, a) : a)]);

        Assert.Equal(2, code);
        Assert.Contains("error", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task Animate_DayWithoutFigures_ExitsOneWritingNothing()
    {
        var (code, _) = await RunAsync("animate", "--out", Path.Combine(_dir, "day.gif"), "--date", "2018-01-01");

        Assert.Equal(1, code);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task Animate_Mp4_WritesAnMp4OrSaysFfmpegIsMissing()
    {
        var path = Path.Combine(_dir, "day.mp4");

        var (code, error) = await RunAsync("animate", "--out", path, "--date", "2017-10-04");

        if (FfmpegVideo.Locate() is null)
        {
            Assert.Equal(1, code);
            Assert.False(File.Exists(path));
            return;
        }
        Assert.True(code == 0, error);
        Assert.Equal("ftyp"u8.ToArray(), File.ReadAllBytes(path)[4..8]);
    }
}
