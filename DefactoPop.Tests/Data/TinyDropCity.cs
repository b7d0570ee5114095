using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.Core.Operator;

namespace DefactoPop.Tests.Data;

/// <summary>
/// A city folder of six 집계구 around the <see cref="DropFixture"/> cells C1-C3, with plain-CSV drops for
/// 2017-10-10 … 10-12 (the middle one is the bad-drop corpus's base day), written by the project itself.
/// </summary>
internal sealed class TinyDropCity : IDisposable
{
    public static readonly DateOnly[] Days = [new(2017, 10, 10), DropFixture.Day, new(2017, 10, 12)];

    public TinyDropCity()
    {
        Directory.CreateDirectory(City);
        Directory.CreateDirectory(Reference);
        ReferenceWriter.WriteCellPlan(Path.Combine(Reference, ContractFormat.CellPlanFile), Plan);
        foreach (var (day, seed) in Days.Zip(new[] { 7, 42, 9 }))
            DropWriter.Write(Drops.DayFolder(day), DropFixture.Drop(Plan, day, seed), gzip: false);
        var rows = Enumerable.Range(0, 6).Select(k => new ZoneRow($"111105150000{k + 1}", "11110515", "11110", 37.5 + k * 4e-4, 126.9 + k * 4e-4, 0.05)).ToList();
        ZonesFile.Write(Path.Combine(City, CityFolder.ZonesName), new ZoneTable(rows));
        LandUseFile.Write(Path.Combine(City, CityFolder.LandUseName), rows.Select((r, k) => new LandUseRecord(r.OaCode, 1000 * (k + 1), 500, 300, 0, 100)));
        var register = rows.SelectMany((r, k) => Enumerable.Range(0, Strata.Count)
            .Select(s => new RegisterRecord(r.OaCode, RegisterGroup.Korean, Strata.SexOf(s), Strata.BandOf(s), 20 + k + s)))
            .Append(new RegisterRecord(rows[0].OaCode, RegisterGroup.Chinese, null, null, 12))
            .Append(new RegisterRecord(rows[1].OaCode, RegisterGroup.Other, null, null, 5));
        RegisterFile.Write(Path.Combine(City, CityFolder.RegisterName), new CityRegister([.. register]));
    }

    public static CellPlan Plan { get; } = DropFixture.Plan(3);

    public DropFixture Drops { get; } = new();

    public string DropsRoot => Path.Combine(Drops.Root, "drops");

    public string Reference => Path.Combine(DropsRoot, "reference");

    public string City => Path.Combine(Drops.Root, "city");

    public void Dispose() => Drops.Dispose();
}
