namespace DefactoPop.Web.Exports;

/// <summary>
/// The Korean font files for server-drawn pictures: Pretendard GOV (OFL-1.1) TrueType Regular and Bold, which the build
/// copies from the npm package <c>pretendard-gov</c> to <c>fonts/</c> beside the executable. Never committed, never looked
/// up by family name (SkiaSharp's Linux build here does not see fontconfig).
/// </summary>
public static class BriefingFonts
{
    public const string RegularFile = "PretendardGOV-Regular.ttf";
    public const string BoldFile = "PretendardGOV-Bold.ttf";

    /// <summary>The folders searched, in order: <c>fonts/</c> under each base folder, then <c>wwwroot/lib/fonts/</c>.</summary>
    public static IEnumerable<string> Candidates(params string?[] baseDirectories)
    {
        foreach (var root in baseDirectories.Append(AppContext.BaseDirectory).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return Path.Combine(root, "fonts");
            yield return Path.Combine(root, "wwwroot", "lib", "fonts");
        }
    }

    /// <summary>
    /// The regular and bold font files, from the first folder that has the regular one (bold is null when that folder lacks
    /// it); null when no folder has the font, so callers can skip the pictures rather than draw tofu.
    /// </summary>
    public static (string Regular, string? Bold)? Locate(params string?[] baseDirectories) => LocateIn(Candidates(baseDirectories));

    /// <summary>The font files from the first of these folders that has the regular one; null when none has it.</summary>
    internal static (string Regular, string? Bold)? LocateIn(IEnumerable<string> folders)
    {
        foreach (var dir in folders)
        {
            var regular = Path.Combine(dir, RegularFile);
            if (!File.Exists(regular))
                continue;
            var bold = Path.Combine(dir, BoldFile);
            return (regular, File.Exists(bold) ? bold : null);
        }
        return null;
    }
}
