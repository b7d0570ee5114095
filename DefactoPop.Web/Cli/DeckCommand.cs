using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Routing;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary>
/// <c>deck --out FILE.pptx|FILE.pdf [--from --to --hour --siting PRESET]</c>: the briefing deck the page downloads, written
/// to a file as PowerPoint or as a PDF of the same slides (SkiaSharp, with the Korean font in fonts/).
/// </summary>
public sealed class DeckCommand : AsyncCommand<DeckCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("The deck to write: FILE.pptx or FILE.pdf.")]
        public string? Out { get; init; }

        [CommandOption("--from <DATE>")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        public string? To { get; init; }

        [CommandOption("--hour <H>")]
        [Description("Hour of the hotspot slide (default 14).")]
        public int Hour { get; init; } = 14;

        [CommandOption("--level <LEVEL>")]
        [Description("Level of the map and the ranking slide: gu or dong (default the finest stored, up to dong).")]
        public string? Level { get; init; }

        [CommandOption("--siting <PRESET>")]
        [Description("Add a siting slide: senior, canopy, bus or retail (10 draws).")]
        public string? Siting { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("The dashboard's address, for the permalinks (default http://localhost:5080).")]
        public string BaseUrl { get; init; } = "http://localhost:5080";

        /// <summary>The file asked for is a PDF.</summary>
        public bool IsPdf => Path.GetExtension(Out ?? "").Equals(".pdf", StringComparison.OrdinalIgnoreCase);

        public override Spectre.Console.ValidationResult Validate()
        {
            if (string.IsNullOrEmpty(Out))
                return Spectre.Console.ValidationResult.Error("--out FILE.pptx or FILE.pdf is required.");
            if (!IsPdf && !Path.GetExtension(Out).Equals(".pptx", StringComparison.OrdinalIgnoreCase))
                return Spectre.Console.ValidationResult.Error("--out must end in .pptx or .pdf.");
            if (Level is not null && BriefingFilter.LevelOf(Level) is null)
                return Spectre.Console.ValidationResult.Error($"--level '{Level}' is not known: use gu or dong.");
            return Hour is < 0 or > 23 ? Spectre.Console.ValidationResult.Error("--hour must be 0–23.") : base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SitingFilter? filter = null;
        try
        {
            if (settings.Siting is { } preset)
                filter = SitingFilter.Parse(new Dictionary<string, string?> { ["preset"] = preset }, strict: true) with { Draws = 10 };
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("error: --siting: " + e.Message);
            return CliApp.UsageError;
        }
        var fonts = BriefingFonts.Locate();
        if (settings.IsPdf && fonts is null)
        {
            Console.Error.WriteLine($"error: the PDF deck needs {BriefingFonts.RegularFile} in fonts/ beside the app (the build copies it from the npm package pretendard-gov).");
            return 1;
        }
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<Data.Import.ImportService>().EnsureReadyAsync(cancellationToken);
        var request = new BriefingRequest(CliDates.ParseOptional(settings.From), CliDates.ParseOptional(settings.To), settings.Hour)
        {
            Siting = filter,
            Level = BriefingFilter.LevelOf(settings.Level),
            BaseUrl = settings.BaseUrl,
        };
        var deck = await services.GetRequiredService<BriefingBuilder>().BuildAsync(request, cancellationToken);
        var bytes = fonts is { } f && settings.IsPdf ? PdfDeckWriter.Write(deck, f.Regular, f.Bold) : PptxDeckWriter.Write(deck);
        // Nothing half-written: the file appears whole or not at all.
        var partial = settings.Out! + ".partial";
        await File.WriteAllBytesAsync(partial, bytes, cancellationToken);
        File.Move(partial, settings.Out!, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settings.Out}: {deck.Slides.Count + 1} {(settings.IsPdf ? "pages" : "slides")}, {bytes.Length:N0} bytes, {deck.Stamp}"));
        return 0;
    }
}
