using System.Text.RegularExpressions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;

namespace DefactoPop.Tests.Core.Operator;

public partial class OperatorDocExampleTests
{
    [Fact]
    public void DocumentedExample_WrittenToItsPaths_ParsesAsAValidDrop()
    {
        using var fixture = new DropFixture();
        var blocks = ExtractBlocks(DocPath("operator-data.md"));
        Assert.Equal(8, blocks.Count);
        foreach (var (path, text) in blocks)
        {
            var full = Path.Combine(fixture.Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var plan = ReferenceReader.ReadCellPlan(Path.Combine(fixture.Root, "reference", "cell_plan.csv"));
        var subscribers = ReferenceReader.ReadSubscriberBase(Path.Combine(fixture.Root, "reference", "subscriber_base.csv"));
        var rates = ReferenceReader.ReadPublishedRates(Path.Combine(fixture.Root, "reference", "published_rates.json"));
        var result = DropReader.Read(Path.Combine(fixture.Root, "drops", "2017-10-11"), plan);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        var drop = result.Drop!;
        Assert.Equal(4, plan.Entries.Count);
        Assert.Equal(3, drop.Cells.Count);
        Assert.Equal(-1, drop.Cells.IndexOf("S0001-3"));
        var cell = drop.Cells.IndexOf("S0002-1");
        Assert.Equal(47, Enumerable.Range(0, Strata.Count).Sum(s => drop.Hours[14].Domestic[cell * Strata.Count + s]));
        Assert.Equal(5f, drop.Hours[14].Domestic[cell * Strata.Count + Strata.Index(Sex.Female, AgeBand.A20To24)]);
        Assert.Equal(3f, drop.Hours[14].LongTerm[cell * 2 + (int)Nationality.Chinese]);
        Assert.Equal(2f, drop.Hours[14].ShortTerm[cell * 2 + (int)Nationality.Chinese]);
        Assert.True(drop.Hours[4].Outage[drop.Cells.IndexOf("S0001-2")]);
        Assert.False(drop.Hours[5].Outage[drop.Cells.IndexOf("S0001-2")]);
        Assert.Equal(0.61, subscribers.Find("11110", Sex.Male, AgeBand.A70Plus)!.LteShare);
        Assert.Equal(0.7, rates.Ownership(AgeBand.A70Plus));
        Assert.Equal(0.3, rates.RoamingShare(Nationality.Chinese));
    }

    [Fact]
    public void DocumentedColumns_MatchTheContractColumns()
    {
        var blocks = ExtractBlocks(DocPath("operator-data.md")).ToDictionary(b => b.Path, b => b.Text);
        string Header(string path) => blocks[path].Split('\n')[0];

        Assert.Equal(string.Join(",", ContractFormat.DomesticColumns), Header("drops/2017-10-11/domestic.csv"));
        Assert.Equal(string.Join(",", ContractFormat.ForeignColumns), Header("drops/2017-10-11/roaming.csv"));
        Assert.Equal(string.Join(",", ContractFormat.OutageColumns), Header("drops/2017-10-11/outages.csv"));
        Assert.Equal(string.Join(",", ContractFormat.CellPlanColumns), Header("reference/cell_plan.csv"));
        Assert.Equal(string.Join(",", ContractFormat.SubscriberBaseColumns), Header("reference/subscriber_base.csv"));
    }

    /// <summary>docs/ of the repository, found by walking up from the test binaries.</summary>
    internal static string DocPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"docs/{name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Fenced blocks tagged <c>path=…</c>, with LF line ends and a final newline.</summary>
    internal static List<(string Path, string Text)> ExtractBlocks(string markdown) =>
        Fence().Matches(File.ReadAllText(markdown).Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => (m.Groups["path"].Value, m.Groups["body"].Value))
            .ToList();

    [GeneratedRegex(@"^```\w+ path=(?<path>\S+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
