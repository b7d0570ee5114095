using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Shared;

/// <summary>Two date inputs; either change reports the whole range.</summary>
public sealed partial class DateRangeFilter
{
    [Inject] public required UiText T { get; init; }

    [Parameter] public string Id { get; set; } = "period";
    [Parameter] public DateOnly? From { get; set; }
    [Parameter] public DateOnly? To { get; set; }
    [Parameter] public EventCallback<(DateOnly? From, DateOnly? To)> Changed { get; set; }

    private Task FromChanged(string value) => Changed.InvokeAsync((QueryValues.Date(value), To));

    private Task ToChanged(string value) => Changed.InvokeAsync((From, QueryValues.Date(value)));
}
