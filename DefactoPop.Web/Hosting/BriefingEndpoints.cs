using System.Globalization;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Routing;

namespace DefactoPop.Web.Hosting;

/// <summary><c>GET /briefing/deck.pptx?from&amp;to&amp;hour&amp;siting</c>: the briefing deck as a PowerPoint file, built from the store as the pages read it.</summary>
public static class BriefingEndpoints
{
    public const string DeckPath = "/briefing/deck.pptx";

    /// <summary>The download of the deck a /briefing view shows (no language: the deck is Korean).</summary>
    public static string DeckUrl(BriefingFilter filter)
    {
        var query = string.Join('&', filter.ToPairs().Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? DeckPath : DeckPath + "?" + query;
    }

    public static WebApplication MapBriefingDeck(this WebApplication app)
    {
        app.MapGet(DeckPath, ServeDeckAsync);
        return app;
    }

    private static async Task<IResult> ServeDeckAsync(HttpContext context, BriefingBuilder builder, string? from, string? to, int? hour, string? siting)
    {
        if (!TryDate(from, out var f) || !TryDate(to, out var t) || hour is < 0 or > 23)
            return Results.BadRequest("from/to must be yyyy-MM-dd and hour 0–23.");
        SitingFilter? filter = null;
        if (!string.IsNullOrEmpty(siting))
        {
            try
            {
                filter = SitingFilter.Parse(new Dictionary<string, string?> { ["preset"] = siting }, strict: true) with { Draws = 10 };
            }
            catch (FormatException e)
            {
                return Results.BadRequest(e.Message);
            }
        }
        var request = new BriefingRequest(f, t, hour ?? 14)
        {
            Siting = filter,
            BaseUrl = $"{context.Request.Scheme}://{context.Request.Host}",
        };
        var deck = await builder.BuildAsync(request, context.RequestAborted);
        var name = "briefing-" + deck.Stamp.Split('(')[0].Replace(". ", "-", StringComparison.Ordinal).TrimEnd('.', ' ') + ".pptx";
        return Results.File(PptxDeckWriter.Write(deck), "application/vnd.openxmlformats-officedocument.presentationml.presentation", name);
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
