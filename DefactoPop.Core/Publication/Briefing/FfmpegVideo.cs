using System.Diagnostics;
using System.Globalization;

namespace DefactoPop.Core.Publication.Briefing;

/// <summary>MP4 from PNG frames through the <c>ffmpeg</c> command (H.264, yuv420p, fast start), when it is on the PATH.</summary>
public static class FfmpegVideo
{
    public const string MissingMessage = "MP4 needs ffmpeg, which is not on the PATH (Debian: apt-get install ffmpeg); write a .gif instead.";

    /// <summary>The ffmpeg executable on the PATH, or null.</summary>
    public static string? Locate()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg");
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    /// <summary>The frames at <paramref name="fps"/> frames per second as MP4 bytes; an error when ffmpeg is missing or fails.</summary>
    public static async Task<byte[]> Mp4Async(IEnumerable<byte[]> pngFrames, int fps, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pngFrames);
        var ffmpeg = Locate() ?? throw new InvalidOperationException(MissingMessage);
        // +faststart rewrites the file, so ffmpeg writes to a temporary file rather than to a pipe.
        var output = Path.Combine(Path.GetTempPath(), $"defactopop-{Guid.NewGuid():N}.mp4");
        var start = new ProcessStartInfo(ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "-hide_banner", "-loglevel", "error", "-y", "-f", "image2pipe", "-framerate", fps.ToString(CultureInfo.InvariantCulture), "-i", "-",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-movflags", "+faststart", output,
        })
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
            var errors = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            try
            {
                await using var input = process.StandardInput.BaseStream;
                foreach (var png in pngFrames)
                    await input.WriteAsync(png, ct);
            }
            catch (IOException)
            {
                // ffmpeg stopped reading: its exit code and message below say why.
            }
            await process.WaitForExitAsync(ct);
            await stdout;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"ffmpeg failed ({process.ExitCode}): {(await errors).Trim()}");
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
