using System.Reflection;
using DefactoPop.Core.Analytics;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Architecture;

/// <summary>The layering rules of the code base, checked on the built assemblies and the source tree.</summary>
public sealed class ArchitectureTests
{
    private const int MaxLines = 400;

    private static readonly string[] s_forbiddenInCore =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "MudBlazor"];

    private static readonly Assembly s_core = typeof(Rankings).Assembly;

    [Fact]
    public void CoreAssembly_References_NoWebDatabaseOrUiAssembly()
    {
        var names = s_core.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.NotEmpty(names);
        var bad = names.Where(n => s_forbiddenInCore.Any(f => n.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, "DefactoPop.Core references " + string.Join(", ", bad));
    }

    [Fact]
    public void AnalyticsNamespace_PublicMembers_TakeNoLanguageFlag()
    {
        var types = s_core.GetTypes().Where(t => t.Namespace == "DefactoPop.Core.Analytics").ToList();
        var members = types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)))
            .ToList();

        Assert.Contains(typeof(Rankings), types);
        Assert.NotEmpty(members);
        var bad = members.SelectMany(m => m.GetParameters().Where(IsLanguageFlag)
                .Select(p => $"{m.DeclaringType?.Name}.{m.Name}({p.Name})"))
            .ToList();
        Assert.True(bad.Count == 0, "language flags in Core.Analytics: " + string.Join(", ", bad));
    }

    [Theory]
    [InlineData("english", typeof(bool), true)]
    [InlineData("isEnglish", typeof(bool), true)]
    [InlineData("en", typeof(bool), true)]
    [InlineData("lang", typeof(string), false)]
    [InlineData("language", typeof(bool), true)]
    [InlineData("uiCulture", typeof(string), true)]
    [InlineData("languageCode", typeof(string), true)]
    [InlineData("langKo", typeof(bool), true)]
    [InlineData("diverging", typeof(bool), false)]
    [InlineData("values", typeof(double[]), false)]
    public void LanguageFlagRule_ParameterNames_AreRecognised(string name, Type type, bool expected) =>
        Assert.Equal(expected, IsLanguageFlag(name, type));

    [Fact]
    public void RazorFiles_InWeb_HaveNoCodeBlock()
    {
        var razor = SourceFiles("DefactoPop.Web", "*.razor");

        Assert.NotEmpty(razor);
        var bad = razor.Where(f => File.ReadAllText(f).Contains("@code", StringComparison.Ordinal)).Select(Relative).ToList();
        Assert.True(bad.Count == 0, "@code blocks in " + string.Join(", ", bad));
    }

    [Fact]
    public void SourceFiles_InCoreAndWeb_AreAtMost400Lines()
    {
        var files = new[] { "DefactoPop.Core", "DefactoPop.Web" }
            .SelectMany(p => SourceFiles(p, "*.cs").Concat(SourceFiles(p, "*.razor")))
            .Where(f => !f.Replace('\\', '/').Contains("/Migrations/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        var bad = files.Select(f => (File: Relative(f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > MaxLines)
            .Select(x => $"{x.File} ({x.Lines})")
            .ToList();
        Assert.True(bad.Count == 0, $"over {MaxLines} lines: " + string.Join(", ", bad));
    }

    private static bool IsLanguageFlag(ParameterInfo p) => IsLanguageFlag(p.Name ?? "", p.ParameterType);

    /// <summary>A bool named english/isEnglish/en/lang*, or any parameter whose name mentions english, language or culture.</summary>
    private static bool IsLanguageFlag(string name, Type type)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("english", StringComparison.Ordinal) || n.Contains("language", StringComparison.Ordinal) || n.Contains("culture", StringComparison.Ordinal))
            return true;
        return type == typeof(bool) && (n is "en" || n.StartsWith("lang", StringComparison.Ordinal));
    }

    /// <summary>Source files of a project, without build output and npm packages.</summary>
    private static List<string> SourceFiles(string project, string pattern)
    {
        var root = Path.Combine(SharedData.RepoRoot, project);
        return [.. Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f =>
            {
                var rel = Path.GetRelativePath(root, f).Replace('\\', '/');
                return !rel.StartsWith("bin/", StringComparison.Ordinal) && !rel.StartsWith("obj/", StringComparison.Ordinal)
                    && !rel.StartsWith("node_modules/", StringComparison.Ordinal);
            })];
    }

    private static string Relative(string path) => Path.GetRelativePath(SharedData.RepoRoot, path).Replace('\\', '/');
}
