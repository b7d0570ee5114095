using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DefactoPop.Tests.TestSupport;

/// <summary>
/// poppler-utils as the PDF oracle (the issue's done-when names pdftotext): page count from <c>pdfinfo</c>, text per
/// page from <c>pdftotext</c>, and whether a page has any ink from a small <c>pdftoppm</c> render. .ci/run installs them.
/// </summary>
internal static partial class Poppler
{
    /// <summary>The page count pdfinfo reads.</summary>
    public static int Pages(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var m = PagesLine().Match(info);
        Assert.True(m.Success, "pdfinfo: " + info);
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>pdfinfo's whole report (title, creator, page size…).</summary>
    public static string Info(string pdf) => Run("pdfinfo", pdf);

    /// <summary>The text of one page (1-based), in reading order, no-break spaces read as plain ones.</summary>
    public static string Text(string pdf, int page) =>
        Run("pdftotext", "-enc", "UTF-8", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-")
            .Replace('\u00A0', ' ');

    /// <summary>The count of pixels that are not white on a 20 dpi grey render of one page.</summary>
    public static int InkPixels(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"ink-{page}");
        var p = page.ToString(CultureInfo.InvariantCulture);
        Run("pdftoppm", "-gray", "-r", "20", "-singlefile", "-f", p, "-l", p, pdf, prefix);
        var pgm = File.ReadAllBytes(prefix + ".pgm");
        // Binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
        var header = 0;
        for (var lines = 0; lines < 3; header++)
        {
            if (pgm[header] == '\n')
                lines++;
        }
        return pgm.Skip(header).Count(b => b < 200);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start (apt-get install poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {error}");
        return output.Result;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
