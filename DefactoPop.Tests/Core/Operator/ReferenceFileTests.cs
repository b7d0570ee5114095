using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Operator;

public class ReferenceFileTests
{
    private const string PlanHeader = "cell_id,site_id,lon,lat,azimuth_deg,beamwidth_deg,height_m,band,power_w,indoor,valid_from,valid_to";
    private const string SubscriberHeader = "valid_from,valid_to,gu_code,sex,age_band,subscribers,lte_share";

    [Fact]
    public void CellPlan_WriteThenRead_IsIdentical()
    {
        using var fixture = new DropFixture();
        var plan = DropFixture.Plan(7);
        var path = Path.Combine(fixture.Root, "reference", "cell_plan.csv");

        ReferenceWriter.WriteCellPlan(path, plan);
        var read = ReferenceReader.ReadCellPlan(path);

        Assert.Equal(plan.Entries, read.Entries);
    }

    [Fact]
    public void CellPlan_ValidOn_KeepsPlanOrderAndDropsExpiredCells()
    {
        var plan = DropFixture.Plan(3);

        var before = plan.ValidOn(new DateOnly(2017, 10, 10));
        var after = plan.ValidOn(new DateOnly(2017, 10, 11));

        Assert.Equal(["C1", "C2", "C3", "R1"], Enumerable.Range(0, before.Count).Select(before.IdOf));
        Assert.Equal(["C1", "C2", "C3"], Enumerable.Range(0, after.Count).Select(after.IdOf));
    }

    [Fact]
    public void SubscriberBase_WriteThenRead_IsIdentical()
    {
        using var fixture = new DropFixture();
        var entries = new List<SubscriberBaseEntry>();
        foreach (var gu in (string[])["11110", "11680"])
        {
            for (var s = 0; s < Strata.Count; s++)
                entries.Add(new SubscriberBaseEntry(gu, Strata.SexOf(s), Strata.BandOf(s), 1000 + s * 37, 0.6 + s * 0.01));
        }
        var subscribers = new SubscriberBase(new DateOnly(2017, 9, 30), null, entries);
        var path = Path.Combine(fixture.Root, "subscriber_base.csv");

        ReferenceWriter.WriteSubscriberBase(path, subscribers);
        var read = ReferenceReader.ReadSubscriberBase(path);

        Assert.Equal(subscribers.ValidFrom, read.ValidFrom);
        Assert.Null(read.ValidTo);
        Assert.Equal(subscribers.Entries, read.Entries);
    }

    [Fact]
    public void PublishedRates_WriteThenRead_IsIdentical()
    {
        using var fixture = new DropFixture();
        var rates = new PublishedRates(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), 0.9, 0.93, 0.05,
            Enumerable.Range(0, Strata.BandCount).Select(b => 0.5 + b * 0.03).ToArray(), 0.31, 0.27, "test");
        var path = Path.Combine(fixture.Root, "published_rates.json");

        ReferenceWriter.WritePublishedRates(path, rates);
        var read = ReferenceReader.ReadPublishedRates(path);

        Assert.Equal(rates.OwnershipByBand, read.OwnershipByBand);
        Assert.Equal(rates with { OwnershipByBand = read.OwnershipByBand }, read);
    }

    [Theory]
    [InlineData("C1,S1,126.9,37.5,0,65,30,L1800,20,0,2017-01-01,\nC1,S1,126.9,37.5,0,65,30,L1800,20,0,2017-06-01,", 3, 1, "already valid over part of this period (line 2)")]
    [InlineData("C1,S1,200,37.5,0,65,30,L1800,20,0,2017-01-01,", 2, 3, "outside -180..180")]
    [InlineData("C1,S1,126.9,37.5,0,65,30,L1800,20,yes,2017-01-01,", 2, 10, "indoor must be 0 or 1")]
    [InlineData("C1,S1,126.9,37.5,0,65,30,L1800,20,0,2017-01-01,2016-12-31", 2, 12, "is before valid_from")]
    [InlineData("C1,S1,126.9,37.5,0,65,30,L1800,20,0,01/01/2017,", 2, 11, "bad date '01/01/2017'")]
    public void CellPlan_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => ReferenceReader.ParseCellPlan(b, f), "cell_plan.csv", PlanHeader, rows, line, column, fragment);

    [Fact]
    public void CellPlan_MissingColumn_IsRefusedOnTheHeader() =>
        ImportAssert.Refused(() => ReferenceReader.ParseCellPlan(Bytes(PlanHeader.Replace(",band", "", StringComparison.Ordinal) + "\n"), "cell_plan.csv"),
            "cell_plan.csv", 1, 0, "missing column 'band'");

    [Theory]
    [InlineData("2017-09-30,,11110,X,20-24,10,0.9", 2, 4, "sex must be M or F")]
    [InlineData("2017-09-30,,11110,M,20-29,10,0.9", 2, 5, "is not an age band")]
    [InlineData("2017-09-30,,41110,M,20-24,10,0.9", 2, 3, "5-digit 자치구 code")]
    [InlineData("2017-09-30,,11110,M,20-24,10,1.2", 2, 7, "outside 0..1")]
    [InlineData("2017-09-30,,11110,M,20-24,-4,0.9", 2, 6, "negative count -4")]
    [InlineData("2017-09-30,,11110,M,20-24,10,0.9\n2017-09-30,,11110,M,20-24,12,0.9", 3, 3, "already on line 2")]
    [InlineData("2017-09-30,,11110,M,20-24,10,0.9\n2017-10-31,,11110,F,20-24,12,0.9", 3, 1, "same valid_from and valid_to")]
    public void SubscriberBase_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => ReferenceReader.ParseSubscriberBase(b, f), "subscriber_base.csv", SubscriberHeader, rows, line, column, fragment);

    [Fact]
    public void PublishedRates_RateOutOfRange_IsRefusedAtItsLine()
    {
        var json = ReferenceWriter.PublishedRatesJson(new PublishedRates(new DateOnly(2017, 1, 1), null, 0.9, 0.93, 0.05,
            new double[Strata.BandCount], 0.3, 0.3, "x"));
        var text = Encoding.UTF8.GetString(json).Replace("\"switched_on_rate\": 0.93", "\"switched_on_rate\": 1.93", StringComparison.Ordinal);

        ImportAssert.Refused(() => ReferenceReader.ParsePublishedRates(Bytes(text), "published_rates.json"), "published_rates.json", 6, 0, "outside 0..1");
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
