using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>Parses the count and outage files of one day into hour arrays over the day's <see cref="CellIndex"/>.</summary>
internal sealed class DropCountParser
{
    private readonly DateOnly _date;
    private readonly int _dateKey;
    private readonly CellIndex _cells;
    private readonly List<ImportIssue> _issues;
    private readonly float[][] _domestic = new float[24][];
    private readonly float[][] _longTerm = new float[24][];
    private readonly float[][] _shortTerm = new float[24][];
    private readonly List<Outage> _outages = [];

    public DropCountParser(DateOnly date, CellIndex cells, List<ImportIssue> issues)
    {
        _date = date;
        _dateKey = date.Year * 10000 + date.Month * 100 + date.Day;
        _cells = cells;
        _issues = issues;
        for (var h = 0; h < 24; h++)
        {
            _domestic[h] = new float[cells.Count * Strata.Count];
            _longTerm[h] = new float[cells.Count * 2];
            _shortTerm[h] = new float[cells.Count * 2];
        }
    }

    public IReadOnlyList<Outage> Outages => _outages;

    public IReadOnlyList<OperatorHour> Hours() =>
        Enumerable.Range(0, 24)
            .Select(h => new OperatorHour(new HourSlot(_date, h), _domestic[h], _longTerm[h], _shortTerm[h], Outage.Flags(_outages, _cells, _date, h)))
            .ToList();

    /// <summary>Parses one file; returns its data-row count, or null when the file could not be read at all.</summary>
    public long? Parse(string kind, string fileName, byte[] raw)
    {
        var columns = kind switch
        {
            ContractFormat.Domestic => ContractFormat.DomesticColumns,
            ContractFormat.Outages => ContractFormat.OutageColumns,
            _ => ContractFormat.ForeignColumns,
        };
        var csv = ContractCsv.OpenMapped(fileName, raw, columns, _issues, out var map);
        if (csv is null)
            return null;
        return kind switch
        {
            ContractFormat.Domestic => ReadCounts(csv, map, Strata.Count, _domestic, withTotal: true),
            ContractFormat.LongTerm => ReadCounts(csv, map, 2, _longTerm, withTotal: false),
            ContractFormat.Roaming => ReadCounts(csv, map, 2, _shortTerm, withTotal: false),
            _ => ReadOutages(csv, map),
        };
    }

    private long ReadCounts(ContractCsv csv, int[] map, int width, float[][] target, bool withTotal)
    {
        var firstLine = new int[24 * _cells.Count];
        var values = new long[width];
        var valueStart = withTotal ? 4 : 3;
        long rows = 0;
        while (NextRow(csv, ref rows))
        {
            var before = _issues.Count;
            var dateCell = csv.Field(map[0]);
            var key = CellParser.EightDigits(dateCell);
            if (key < 0)
                csv.Fail(_issues, map[0], $"bad date '{CellParser.Show(dateCell)}' (expected yyyyMMdd)");
            else if (key != _dateKey)
                csv.Fail(_issues, map[0], $"row date {key} is not the drop's date {_dateKey}");
            var hourCell = csv.Field(map[1]);
            var hour = CellParser.Hour(hourCell);
            if (hour is < 0 or > 23)
                csv.Fail(_issues, map[1], $"hour '{CellParser.Show(hourCell)}' is outside 0-23");
            var cell = _cells.IndexOf(csv.Field(map[2]));
            if (cell < 0)
                csv.Fail(_issues, map[2], $"unknown cell id '{CellParser.Show(csv.Field(map[2]))}' (not in the cell plan valid on {_date:yyyy-MM-dd})");
            long total = 0, sum = 0;
            var countsOk = !withTotal || csv.TryCount(map[3], _issues, out total);
            for (var k = 0; k < width; k++)
            {
                if (csv.TryCount(map[valueStart + k], _issues, out values[k]))
                    sum += values[k];
                else
                    countsOk = false;
            }
            if (withTotal && countsOk && total != sum)
                csv.Fail(_issues, map[3], $"total {total} but the 28 strata add up to {sum}");
            if (_issues.Count > before)
                continue;
            var slot = hour * _cells.Count + cell;
            if (firstLine[slot] != 0)
            {
                csv.Fail(_issues, map[2], $"duplicate cell-hour: {_cells.IdOf(cell)} at hour {hour} is already on line {firstLine[slot]}");
                continue;
            }
            firstLine[slot] = (int)Math.Min(csv.Line, int.MaxValue);
            var array = target[hour];
            for (var k = 0; k < width; k++)
                array[cell * width + k] = values[k];
        }
        return rows;
    }

    /// <summary>Moves to the next row that split cleanly, counting every row read; false at the end or the issue limit.</summary>
    private bool NextRow(ContractCsv csv, ref long rows)
    {
        while (_issues.Count < DropReader.MaxIssues && csv.NextRow(_issues))
        {
            rows++;
            if (csv.FieldCount > 0)
                return true;
        }
        return false;
    }

    private long ReadOutages(ContractCsv csv, int[] map)
    {
        var dayStart = _date.ToDateTime(TimeOnly.MinValue);
        long rows = 0;
        while (NextRow(csv, ref rows))
        {
            var before = _issues.Count;
            var id = csv.FieldText(map[0]).Trim();
            if (_cells.IndexOf(id) < 0)
                csv.Fail(_issues, map[0], $"unknown cell id '{CellParser.Show(csv.Field(map[0]))}' (not in the cell plan valid on {_date:yyyy-MM-dd})");
            var fromOk = csv.TryLocalDateTime(map[1], _issues, out var from);
            var toOk = csv.TryLocalDateTime(map[2], _issues, out var to);
            if (fromOk && toOk)
            {
                if (to <= from)
                    csv.Fail(_issues, map[2], $"outage ends at {csv.FieldText(map[2])}, not after it starts ({csv.FieldText(map[1])}); 'to' is exclusive");
                else if (to <= dayStart || from >= dayStart.AddDays(1))
                    csv.Fail(_issues, map[1], $"outage {csv.FieldText(map[1])}..{csv.FieldText(map[2])} does not overlap {_date:yyyy-MM-dd}");
            }
            if (_issues.Count == before)
                _outages.Add(new Outage(id, from, to));
        }
        return rows;
    }
}
