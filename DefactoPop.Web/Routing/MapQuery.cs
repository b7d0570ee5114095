namespace DefactoPop.Web.Routing;

/// <summary>The map's query-string values as they arrive, before <see cref="MapFilter.Parse"/> validates them.</summary>
public sealed record MapQuery
{
    public string? Level { get; init; }
    public string? Metric { get; init; }
    public string? Date { get; init; }
    public int? Hour { get; init; }
    public string? Sex { get; init; }
    public int? Band { get; init; }
    public string? Method { get; init; }
    public int? Classes { get; init; }
    public string? Palette { get; init; }
    public string? Breaks { get; init; }
    public string? Gu { get; init; }
    public string? Zone { get; init; }
}
