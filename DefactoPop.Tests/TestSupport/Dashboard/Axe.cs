using System.Text.Json;
using Microsoft.Playwright;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>
/// axe-core (npm, copied beside the test assembly by the build) run in a page: the WCAG 2.0/2.1 A and AA rules,
/// each violation as one line naming the rule, its impact and the first nodes it found.
/// </summary>
public static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> s_source = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing beside the tests: the build copies it from DefactoPop.Tests/node_modules (npm ci).", path);
    });

    /// <summary>The page's violations, one line each ("rule (impact) ×n: target — why"); empty when it passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(s_source.Value);
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(r.violations.map(v => ({
                id: v.id, impact: v.impact,
                nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 200)) })));
            }
            """, Tags);
        var found = JsonSerializer.Deserialize<Violation[]>(json, s_json) ?? [];
        return [.. found.Select(v => $"{v.Id} ({v.Impact}) ×{v.Nodes.Length}: {string.Join(" | ", v.Nodes.Take(3))}")];
    }

    /// <summary>The page's violations after resizing it to <paramref name="width"/> px, each prefixed with what and where.</summary>
    public static async Task<IEnumerable<string>> ViolationsAtWidthAsync(IPage page, int width, string what)
    {
        await page.SetViewportSizeAsync(width, 900);
        await page.WaitForTimeoutAsync(600); // MudBlazor's breakpoint listeners and the charts' resizes
        return (await ViolationsAsync(page)).Select(v => $"{what} at {width} px: {v}");
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private sealed record Violation(string Id, string? Impact, string[] Nodes);
}
