using System.Globalization;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Routing;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// <c>GET /briefing/deck.pptx</c> and <c>GET /briefing/deck.pdf</c> with <c>?from&amp;to&amp;hour&amp;siting</c>: the
/// briefing deck as a PowerPoint file or as a PDF of the same slides, built from the store as the pages read it.
/// </summary>
public static class BriefingEndpoints
{
    public const string DeckPath = "/briefing/deck.pptx";
    public const string DeckPdfPath = "/briefing/deck.pdf";

    private const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>The download of the deck a /briefing view shows (no language: the deck is Korean).</summary>
    public static string DeckUrl(BriefingFilter filter) => WithQuery(DeckPath, filter);

    /// <summary>The same deck as a PDF.</summary>
    public static string DeckPdfUrl(BriefingFilter filter) => WithQuery(DeckPdfPath, filter);

    public static WebApplication MapBriefingDeck(this WebApplication app)
    {
        app.MapGet(DeckPath, ServePptxAsync);
        app.MapGet(DeckPdfPath, ServePdfAsync);
        return app;
    }

    private static string WithQuery(string path, BriefingFilter filter)
    {
        var query = string.Join('&', filter.ToPairs().Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static async Task<IResult> ServePptxAsync(HttpContext context, BriefingBuilder builder, string? from, string? to, string? hour, string? siting, string? level)
    {
        var (request, error) = Parse(context, from, to, hour, siting, level);
        if (request is null)
            return Results.BadRequest(error);
        var deck = await builder.BuildAsync(request, context.RequestAborted);
        return Results.File(PptxDeckWriter.Write(deck), PptxType, FileName(deck, ".pptx"));
    }

    private static async Task<IResult> ServePdfAsync(HttpContext context, BriefingBuilder builder, string? from, string? to, string? hour, string? siting, string? level)
    {
        var (request, error) = Parse(context, from, to, hour, siting, level);
        if (request is null)
            return Results.BadRequest(error);
        // No font file, no PDF: Skia would draw every Hangul glyph as a box.
        if (BriefingFonts.Locate() is not { } fonts)
        {
            return Results.Problem(
                $"The PDF deck needs the Korean font {BriefingFonts.RegularFile} in fonts/ beside the app (the build copies it from the npm package pretendard-gov).",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "No font for the PDF deck");
        }
        var deck = await builder.BuildAsync(request, context.RequestAborted);
        return Results.File(PdfDeckWriter.Write(deck, fonts.Regular, fonts.Bold), "application/pdf", FileName(deck, ".pdf"));
    }

    /// <summary>The deck's file name from its stamp: "briefing-2017-12-20.pptx".</summary>
    public static string FileName(BriefingDeck deck, string extension) =>
        "briefing-" + deck.Stamp.Split('(')[0].Replace(". ", "-", StringComparison.Ordinal).TrimEnd('.', ' ') + extension;

    /// <summary>The request the query asks for, or the reason it is a bad request.</summary>
    private static (BriefingRequest? Request, string? Error) Parse(HttpContext context, string? from, string? to, string? hour, string? siting, string? level)
    {
        // The hour is read here, not bound as int?, so "hour=abc" is this 400 with its reason too.
        var h = QueryValues.Int(hour);
        if (!TryDate(from, out var f) || !TryDate(to, out var t) || (!string.IsNullOrEmpty(hour) && QueryValues.Hour(h) is null))
            return (null, "from/to must be yyyy-MM-dd and hour 0–23.");
        var zoneLevel = BriefingFilter.LevelOf(level);
        if (!string.IsNullOrEmpty(level) && zoneLevel is null)
            return (null, $"level '{level}' is not known: use gu or dong.");
        SitingFilter? filter = null;
        if (!string.IsNullOrEmpty(siting))
        {
            try
            {
                filter = SitingFilter.Parse(new Dictionary<string, string?> { ["preset"] = siting }, strict: true) with { Draws = 10 };
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }
        var request = new BriefingRequest(f, t, h ?? 14)
        {
            Siting = filter,
            Level = zoneLevel,
            BaseUrl = $"{context.Request.Scheme}://{context.Request.Host}",
        };
        return (request, null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return false;
        date = d;
        return true;
    }
}
