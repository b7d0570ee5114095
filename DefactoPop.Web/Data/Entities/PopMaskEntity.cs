namespace DefactoPop.Web.Data.Entities;

/// <summary>
/// The release's suppression pattern of one hour of estimates (see Core's SuppressionMask): Key = hour ordinal. Readers
/// in the public mode apply it, so the dashboard shows what the release publishes.
/// </summary>
public sealed class PopMaskEntity
{
    public long Key { get; set; }
    public required byte[] Data { get; set; }
}
