
namespace DefactoPop.Web.Components.Map;

/// <summary>What the legend lets the user change.</summary>
public sealed record LegendSettings(ClassificationMethod Method, int Classes, string Palette, string? Breaks);
