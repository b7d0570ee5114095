using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Data.Briefing;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// <c>GET /briefing/animation.gif|.mp4?date=yyyy-MM-dd&amp;metric=KEY&amp;level=gu|dong</c>: the 24-hour map animation of a
/// day, metric keys as the map page's URL spells them. Bad input is a 400 with the reason; MP4 without ffmpeg a 501.
/// </summary>
public static class AnimationEndpoints
{
    public const string GifPath = "/briefing/animation.gif";
    public const string Mp4Path = "/briefing/animation.mp4";

    public static WebApplication MapBriefingAnimation(this WebApplication app)
    {
        app.MapGet(GifPath, (HttpContext c, AnimationBuilder b, string? date, string? metric, string? level) => ServeAsync(c, b, date, metric, level, mp4: false));
        app.MapGet(Mp4Path, (HttpContext c, AnimationBuilder b, string? date, string? metric, string? level) => ServeAsync(c, b, date, metric, level, mp4: true));
        return app;
    }

    /// <summary>The request a query asks for, or the reason it is refused.</summary>
    public static AnimationRequest Parse(string? date, string? metric, string? level)
    {
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(date))
        {
            day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new ArgumentException($"date '{date}' is not yyyy-MM-dd.");
        }
        var m = MapMetric.DeFacto;
        if (!string.IsNullOrEmpty(metric) && !MapMetrics.TryParse(metric, out m))
            throw new ArgumentException($"Unknown metric '{metric}' (expected {string.Join(", ", MapMetrics.All.Select(x => x.Key()))}).");
        ZoneLevel? zl = null;
        if (!string.IsNullOrEmpty(level))
        {
            try
            {
                zl = ZoneLevels.Parse(level);
            }
            catch (FormatException e)
            {
                throw new ArgumentException(e.Message, e);
            }
        }
        return new AnimationRequest(day, m, zl);
    }

    private static async Task<IResult> ServeAsync(HttpContext context, AnimationBuilder builder, string? date, string? metric, string? level, bool mp4)
    {
        try
        {
            if (mp4 && FfmpegVideo.Locate() is null)
                return Results.Text(FfmpegVideo.MissingMessage, statusCode: StatusCodes.Status501NotImplemented);
            var file = await builder.BuildAsync(Parse(date, metric, level), mp4 ? AnimationFormat.Mp4 : AnimationFormat.Gif, context.RequestAborted);
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(e.Message);
        }
    }
}
