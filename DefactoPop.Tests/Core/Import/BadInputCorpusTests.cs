using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport.Fixtures;

namespace DefactoPop.Tests.Core.Import;

public class BadInputCorpusTests
{
    public static TheoryData<string> CaseNames() => BadInputCorpus.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_BadInputCase_GivesExpectedIssueOrPassesToStore(string name)
    {
        var bad = BadInputCorpus.Get(name);
        using var reader = LivingPopulationReader.Open(new MemoryStream(bad.Bytes), bad.FileName);
        var rows = reader.ReadRows().ToList();

        if (!bad.RejectedByReader)
        {
            Assert.Empty(reader.Issues);
            Assert.Contains(rows, r => r.ZoneCode.Contains(bad.ExpectedFragment, StringComparison.Ordinal)
                || (r.ParentCode ?? "").Contains(bad.ExpectedFragment, StringComparison.Ordinal));
            return;
        }

        Assert.NotEmpty(reader.Issues);
        Assert.All(reader.Issues, i => Assert.Equal(bad.FileName, i.File));
        var messages = string.Join("\n", reader.Issues);
        Assert.True(reader.Issues.Any(i => i.ToString().Contains(bad.ExpectedFragment, StringComparison.Ordinal)),
            $"expected '{bad.ExpectedFragment}' in:\n{messages}");
    }

    [Fact]
    public void Cases_Corpus_IsLargeUniqueAndHasAStoreOnlyCase()
    {
        var cases = BadInputCorpus.Cases.ToList();
        Assert.True(cases.Count(c => c.RejectedByReader) >= 30);
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        var unknown = Assert.Single(cases, c => c.Name == "UnknownZone");
        Assert.False(unknown.RejectedByReader);
        Assert.StartsWith("11680", unknown.ExpectedFragment, StringComparison.Ordinal);
    }

    [Fact]
    public void ToException_RejectedCase_CarriesIssuesInMessage()
    {
        var bad = BadInputCorpus.Get("Hour24");
        using var reader = LivingPopulationReader.Open(new MemoryStream(bad.Bytes), bad.FileName);
        _ = reader.ReadRows().ToList();
        var ex = new ImportFormatException(reader.Issues);
        Assert.Contains(bad.ExpectedFragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_Directory_WritesBytesUnderFileName()
    {
        var dir = Directory.CreateTempSubdirectory("defactopop-bad-");
        try
        {
            var bad = BadInputCorpus.Get("BadDate20171332");
            var path = bad.WriteTo(dir.FullName);
            Assert.Equal(bad.FileName, Path.GetFileName(path));
            Assert.Equal(bad.Bytes, File.ReadAllBytes(path));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
