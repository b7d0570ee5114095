namespace DefactoPop.Web.Data.Entities;

/// <summary>Key-value facts about the dataset: source, method, scenario, validation JSON.</summary>
public sealed class MetaEntity
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
