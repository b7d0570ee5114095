namespace DefactoPop.Web.Data.Entities;

/// <summary>
/// Every cell of one level at one hour in one compressed blob (see Core's CellBlock).
/// Key = hour ordinal × 4 + level, the table's rowid, so one day's blocks are one contiguous range.
/// </summary>
public sealed class PopBlockEntity
{
    public long Key { get; set; }
    public required byte[] Data { get; set; }
}
