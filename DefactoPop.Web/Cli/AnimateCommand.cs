using System.ComponentModel;
using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Hosting;
using Spectre.Console.Cli;

namespace DefactoPop.Web.Cli;

/// <summary><c>animate --out FILE.gif|FILE.mp4 [--date --metric --level]</c>: the 24-hour map animation of a day, written to a file.</summary>
public sealed class AnimateCommand : AsyncCommand<AnimateCommand.Settings>
{
    public sealed class Settings : DbSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("The animation to write: FILE.gif, or FILE.mp4 when ffmpeg is on the PATH.")]
        public string? Out { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("The day (YYYY-MM-DD); default the last day with figures.")]
        public string? Date { get; init; }

        [CommandOption("--metric <KEY>")]
        [Description("A map metric as the map page's URL spells it: defacto (default), registered, ratio, diff, density, long, short, short-cn, uncertainty.")]
        public string? Metric { get; init; }

        [CommandOption("--level <LEVEL>")]
        [Description("district or dong; default the finest the day has, up to dong.")]
        public string? Level { get; init; }

        public override Spectre.Console.ValidationResult Validate()
        {
            var ext = Path.GetExtension(Out ?? "").ToLowerInvariant();
            if (string.IsNullOrEmpty(Out))
                return Spectre.Console.ValidationResult.Error("--out FILE.gif or FILE.mp4 is required.");
            if (ext is not (".gif" or ".mp4"))
                return Spectre.Console.ValidationResult.Error("--out must end in .gif or .mp4.");
            try
            {
                AnimationEndpoints.Parse(Date is null ? null : CliDates.Parse(Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Metric, Level);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                return Spectre.Console.ValidationResult.Error(e.Message);
            }
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var mp4 = Path.GetExtension(settings.Out!).Equals(".mp4", StringComparison.OrdinalIgnoreCase);
        if (mp4 && FfmpegVideo.Locate() is null)
        {
            Console.Error.WriteLine("error: " + FfmpegVideo.MissingMessage);
            return 1;
        }
        var request = AnimationEndpoints.Parse(CliDates.ParseOptional(settings.Date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), settings.Metric, settings.Level);
        await using var services = CliServices.Build(settings.Db);
        await services.GetRequiredService<Data.Import.ImportService>().EnsureReadyAsync(cancellationToken);
        AnimationFile file;
        try
        {
            file = await services.GetRequiredService<AnimationBuilder>().BuildAsync(request, mp4 ? AnimationFormat.Mp4 : AnimationFormat.Gif, cancellationToken);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        // Nothing half-written: the file appears whole or not at all.
        var partial = settings.Out! + ".partial";
        await File.WriteAllBytesAsync(partial, file.Bytes, cancellationToken);
        File.Move(partial, settings.Out!, overwrite: true);
        var f = file.Frames;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Out}: {f.Frames.Count} frames, {file.Bytes.Length:N0} bytes, {f.Date:yyyy-MM-dd} {f.Level.Key()} {f.Metric.Key()}"));
        return 0;
    }
}
