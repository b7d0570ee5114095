namespace DefactoPop.Web.Data.Entities;

/// <summary>
/// All figures of one zone-hour in one compact blob (see Core's CellCodec).
/// Key = hour ordinal × 32768 + zone id, the table's rowid, so one level at one hour is one contiguous range.
/// </summary>
public sealed class PopCellEntity
{
    public long Key { get; set; }
    public required byte[] Data { get; set; }
}
