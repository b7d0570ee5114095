using DefactoPop.Core.Domain;
using DefactoPop.Core.Publication;
using DefactoPop.Core.Publication.Disclosure;
using DefactoPop.Tests.Core.Publication.Disclosure;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

public sealed class AuditReleaseCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dp-audit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, error);
        return (code, error.ToString());
    }

    private static List<PopulationRow> Rows() => TableCases.OaRows(new HourSlot(new DateOnly(2017, 12, 20), 3), seed: 11);

    [Fact]
    public async Task AuditRelease_ProtectedDay_ExitsZero()
    {
        var folder = Path.Combine(_dir, "20171220");
        ReleaseFiles.Write(folder, ReleaseDisclosure.Protect(Rows(), ReleaseFiles.Levels, DisclosureOptions.Seoul));

        var (code, error) = await RunAsync("audit-release", folder);

        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task AuditRelease_DayMaskedRowByRow_ExitsTwo()
    {
        var folder = Path.Combine(_dir, "20171220");
        var exact = ReleaseDisclosure.Unprotected(Rows(), ReleaseFiles.Levels);
        ReleaseFiles.Write(folder, [.. exact.Select(r => DisclosureControl.Apply(r, DisclosureOptions.Seoul))]);

        var (code, _) = await RunAsync("audit-release", folder);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task AuditRelease_MalformedFile_ExitsTwoNamingFileAndLine()
    {
        var folder = Path.Combine(_dir, "20171220");
        var files = ReleaseFiles.Write(folder, ReleaseDisclosure.Protect(Rows(), ReleaseFiles.Levels, DisclosureOptions.Seoul));
        var path = Path.Combine(folder, files[0].Name);
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        lines[2] = lines[2].Replace(",", ",x", StringComparison.Ordinal);
        File.WriteAllLines(path, lines, System.Text.Encoding.Latin1);

        var (code, _) = await RunAsync("audit-release", folder);
        var refused = Assert.Throws<DefactoPop.Core.Import.ImportFormatException>(() => ReleaseFiles.Read(folder));

        Assert.Equal(2, code);
        Assert.Contains(refused.Issues, i => i.File == files[0].Name && i.Line == 3 && i.Column > 0);
    }

    [Fact]
    public async Task AuditRelease_NoSuchFolder_ExitsTwo()
    {
        var (code, error) = await RunAsync("audit-release", Path.Combine(_dir, "missing"));

        Assert.Equal(2, code);
        Assert.Contains("no such folder", error);
    }
}
