using DefactoPop.Core.Publication.Briefing;
using DefactoPop.Core.Siting;
using DefactoPop.Web.Data.Briefing;
using DefactoPop.Web.Hosting;
using DefactoPop.Web.Interop;
using DefactoPop.Web.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DefactoPop.Web.Components.Pages;

/// <summary>
/// Presentation mode: the briefing deck of the URL's period (and siting preset) as slides in the browser. The browser
/// steps through them (keys of presenter remotes included), goes full screen on a click, keeps the screen awake while
/// presenting, and writes the slide number into the URL; printing gives one slide per page.
/// </summary>
[Route(DashboardUrls.BriefingPath)]
public sealed partial class Briefing : IAsyncDisposable
{
    public const string ModulePath = "./Components/Pages/Briefing.razor.js";
    private BriefingDeck? _deck;
    private string? _error;
    private DateOnly? _from;
    private DateOnly? _to;
    private BriefingFilter _filter = new();
    private IJSObjectReference? _module;
    private IJSObjectReference? _controller;
    private bool _attached;

    [Inject] public required BriefingBuilder Builder { get; init; }
    [Inject] public required NavigationManager Navigation { get; init; }
    [Inject] public required IJSRuntime JS { get; init; }
    [Inject] public required UiText T { get; init; }

    [SupplyParameterFromQuery(Name = QueryKeys.From)] public string? From { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.To)] public string? To { get; set; }
    [SupplyParameterFromQuery(Name = "hour")] public string? Hour { get; set; }
    [SupplyParameterFromQuery(Name = "siting")] public string? Siting { get; set; }
    [SupplyParameterFromQuery(Name = QueryKeys.Level)] public string? Level { get; set; }
    [SupplyParameterFromQuery(Name = "slide")] public string? Slide { get; set; }

    private string DeckUrl => BriefingEndpoints.DeckUrl(_filter with { From = _from, To = _to });
    private string DeckPdfUrl => BriefingEndpoints.DeckPdfUrl(_filter with { From = _from, To = _to });

    protected override async Task OnParametersSetAsync()
    {
        _filter = BriefingFilter.Parse(From, To, QueryValues.Int(Hour), Siting, Level);
        _error = null;
        try
        {
            var siting = _filter.Siting is { } preset ? new SitingFilter { Preset = preset, Draws = 10 } : null;
            _deck = await Builder.BuildAsync(new BriefingRequest(_filter.From, _filter.To, _filter.Hour)
            {
                Siting = siting,
                Level = _filter.Level,
                BaseUrl = Navigation.BaseUri.TrimEnd('/'),
            });
            (_from, _to) = (_deck.From, _deck.To);
            _attached = false;
        }
        catch (InvalidOperationException e)
        {
            _error = e.Message;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_deck is null || _attached)
            return;
        _attached = true;
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        if (_controller is not null)
            await _controller.InvokeVoidAsync("dispose");
        _controller = await _module.InvokeAsync<IJSObjectReference>("attach", "briefing-deck", "briefing-present", QueryValues.Int(Slide) is > 0 and var slide ? slide : 1);
    }

    private IReadOnlyList<(string Value, string Text)> LevelOptions =>
        [("", T["briefing.level.finest"]), ("gu", T["level.gu"]), ("dong", T["level.dong"])];

    private void Go(BriefingFilter next) => Navigation.NavigateTo(DashboardUrls.Briefing(next));

    public async ValueTask DisposeAsync()
    {
        if (_controller is not null)
        {
            try
            {
                await _controller.InvokeVoidAsync("dispose");
            }
            catch (JSDisconnectedException)
            {
            }
        }
        await JSInteropHelpers.SafeDisposeAsync(_controller);
        await JSInteropHelpers.SafeDisposeAsync(_module);
    }
}
