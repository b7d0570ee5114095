using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;
using DefactoPop.Core.Storage;

namespace DefactoPop.Tests.Core.Storage;

public class CellBlockTests
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 1), 14);

    /// <summary>Cells of every shape the codec writes: strata or not, fine decimals, masks, foreigners, intervals, imputed.</summary>
    private static List<(int Zone, byte[] Data)> MixedCells(int count, int seed)
    {
        var random = new Random(seed);
        var cells = new List<(int Zone, byte[] Data)>();
        var zone = 1000;
        for (var j = 0; j < count; j++)
        {
            zone += 1 + (random.Next(5) == 0 ? random.Next(50) : 0);
            var cell = new CellValues();
            var fine = random.Next(4) == 0;
            double Value() => random.Next(10) == 0 ? double.NaN : Math.Round(random.NextDouble() * (random.Next(3) == 0 ? 9_000 : 40), fine ? 4 : 2);
            var strata = random.Next(3) != 0;
            cell.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(Math.Round(random.NextDouble() * 900, 2)))
            {
                Strata = strata ? [.. Enumerable.Range(0, 28).Select(_ => Value() is var v && double.IsNaN(v) ? PopValue.Masked : PopValue.Of(v))] : null,
            });
            if (random.Next(2) == 0)
                cell.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.LongTermForeign, PopValue.Of(Math.Round(random.NextDouble() * 50, 2)))
                {
                    Chinese = PopValue.Of(Math.Round(random.NextDouble() * 20, 2)),
                    OtherForeign = PopValue.Masked,
                });
            if (random.Next(2) == 0)
                cell.SetSpread(new OaSpread(random.NextDouble() * 8, random.NextDouble() * 0.02, random.NextDouble() * 0.05, random.NextDouble() * 0.03));
            cell.Imputed = cell.Intervals != IntervalKind.None && random.Next(10) == 0;
            cells.Add((zone, CellCodec.Encode(cell)));
        }
        return cells;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(424, 2)]
    [InlineData(19_153, 3)]
    public void Decode_MixedCells_GivesBackEveryByte(int count, int seed)
    {
        var cells = MixedCells(count, seed);

        var back = CellBlock.Decode(CellBlock.Encode(cells));

        Assert.Equal(cells.Select(c => c.Zone), back.Select(c => c.Zone));
        for (var j = 0; j < cells.Count; j++)
            Assert.Equal(cells[j].Data, back[j].Data);
    }

    [Fact]
    public void Find_ZoneInBlock_GivesItsCellAndNullForAnother()
    {
        var cells = MixedCells(500, 4);
        var block = CellBlock.Encode(cells);

        Assert.Equal(cells[0].Data, CellBlock.Find(block, cells[0].Zone));
        Assert.Equal(cells[317].Data, CellBlock.Find(block, cells[317].Zone));
        Assert.Equal(cells[^1].Data, CellBlock.Find(block, cells[^1].Zone));
        Assert.Null(CellBlock.Find(block, cells[^1].Zone + 1));
        Assert.Null(CellBlock.Find(block, 3));
    }

    [Fact]
    public void Encode_ZonesOfLikeProfiles_IsSmallerThanTheCellsSideBySide()
    {
        // Zones of different sizes sharing one age-sex profile, as estimates are: the columns hold like figures.
        var random = new Random(5);
        var share = Enumerable.Range(0, 28).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var cells = new List<(int Zone, byte[] Data)>();
        for (var zone = 1000; zone < 6000; zone++)
        {
            var size = 100 + random.Next(1400);
            var cell = new CellValues();
            cell.Set(new PopulationRow(s_slot, ZoneLevel.Oa, "1101053010001", PopulationClass.Domestic, PopValue.Of(size))
            {
                Strata = [.. share.Select(s => PopValue.Of(Math.Round(size / 28.0 * s * (0.9 + 0.2 * random.NextDouble()), 2)))],
            });
            cell.SetSpread(new OaSpread(4 + random.NextDouble(), 0.01, 0.02, 0.01));
            cells.Add((zone, CellCodec.Encode(cell)));
        }

        var block = CellBlock.Encode(cells);

        var sideBySide = cells.Sum(c => c.Data.Length);
        Assert.True(block.Length < 0.8 * sideBySide, $"{block.Length} bytes for {sideBySide}");
    }

    [Fact]
    public void Find_ZonesEitherSideOfAChunkEdge_GivesTheirCells()
    {
        var cells = MixedCells(10_000, 8);
        var block = CellBlock.Encode(cells);

        foreach (var j in (int[])[0, 4095, 4096, 8191, 8192, 9999])
            Assert.Equal(cells[j].Data, CellBlock.Find(block, cells[j].Zone));
        var gap = Enumerable.Range(4096, 4096).First(j => cells[j + 1].Zone > cells[j].Zone + 1);
        Assert.Null(CellBlock.Find(block, cells[gap].Zone + 1));
    }

    [Fact]
    public void Decode_VersionOneBlock_IsStillRead()
    {
        // Version 1 was a single chunk without the chunk table: the version byte, then the chunk itself.
        var cells = MixedCells(300, 9);
        var block = CellBlock.Encode(cells);
        var pos = 2; // version 2, one chunk
        while (block[pos] >= 0x80) pos++; // first zone
        pos++;
        while (block[pos] >= 0x80) pos++; // chunk length
        pos++;
        byte[] legacy = [1, .. block[pos..]];

        var back = CellBlock.Decode(legacy);

        Assert.Equal(cells.Select(c => Convert.ToHexString(c.Data)), back.Select(c => Convert.ToHexString(c.Data)));
        Assert.Equal(cells[150].Data, CellBlock.Find(legacy, cells[150].Zone));
    }

    [Fact]
    public void Encode_ZonesOutOfOrder_Throws()
    {
        var cells = MixedCells(3, 6);
        cells.Reverse();

        Assert.Throws<ArgumentException>(() => CellBlock.Encode(cells));
    }

    [Fact]
    public void Decode_DamagedBlock_ThrowsInvalidData()
    {
        var block = CellBlock.Encode(MixedCells(200, 7));
        var damaged = block[..(block.Length / 2)];

        Assert.Throws<InvalidDataException>(() => CellBlock.Decode(damaged));
        Assert.Throws<InvalidDataException>(() => CellBlock.Decode([9, 1, 2]));
    }
}
