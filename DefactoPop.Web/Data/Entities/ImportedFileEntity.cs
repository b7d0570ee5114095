namespace DefactoPop.Web.Data.Entities;

/// <summary>One loaded file. Loading the same name again replaces its rows and this record.</summary>
public sealed class ImportedFileEntity
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public required string Kind { get; set; }
    public long Rows { get; set; }
    public long MaskedCells { get; set; }
    public int Zones { get; set; }
    public int? FirstHour { get; set; }
    public int? LastHour { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
