using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Data.Import;

/// <summary>What one file contributed, printed by the import verb.</summary>
public sealed record ImportReport(string File, string Kind, long Rows)
{
    public string Encoding { get; init; } = "";
    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }
    public int Zones { get; init; }
    public long MaskedCells { get; init; }
    public long RejectedRows { get; init; }
    public IReadOnlyList<DateOnly> MissingDays { get; init; } = [];

    /// <summary>Present days that lack some hours, with the number of hours they have.</summary>
    public IReadOnlyList<(DateOnly Date, int Hours)> IncompleteDays { get; init; } = [];

    /// <summary>Zone-hours expected (zones × hours of present days) but absent.</summary>
    public long MissingZoneHours { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public ZoneLevel? Level { get; init; }

    public ImportTimings? Timings { get; init; }

    /// <summary>Whether this import waited for another writer of the store (<see cref="ImportLock"/>) before it began.</summary>
    public bool Waited { get; init; }
}

/// <summary>Where an import spent its time: parse+validate+insert, roll-ups, commit.</summary>
public sealed record ImportTimings(TimeSpan Store, TimeSpan Rollup, TimeSpan Commit);
