namespace DefactoPop.Web.ViewModels;

/// <summary>A Plotly figure as plain data: traces and layout, serialised to JSON for charts.js.</summary>
public sealed record ChartSpec(IReadOnlyList<object> Data, IReadOnlyDictionary<string, object?> Layout);
