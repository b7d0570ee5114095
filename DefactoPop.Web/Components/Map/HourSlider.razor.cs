using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DefactoPop.Web.Components.Map;

/// <summary>The hour of the map: a slider, one-hour steps, and play (one hour per interval, wrapping at midnight).</summary>
public sealed partial class HourSlider : IDisposable
{
    private PeriodicTimer? _timer;
    private CancellationTokenSource? _cts;
    private bool _playing;

    [Inject] public required UiText T { get; init; }

    [Parameter] public int Hour { get; set; }
    [Parameter] public EventCallback<int> HourChanged { get; set; }
    [Parameter] public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1.2);

    public bool Playing => _playing;

    private string HourText => Hour.ToString("00", CultureInfo.InvariantCulture) + ":00";

    private Task SetAsync(int hour) => HourChanged.InvokeAsync(Math.Clamp(hour, 0, 23));

    private Task StepAsync(int delta) => HourChanged.InvokeAsync(((Hour + delta) % 24 + 24) % 24);

    private void Toggle()
    {
        if (_playing)
        {
            Stop();
            return;
        }
        _playing = true;
        _cts = new CancellationTokenSource();
        _timer = new PeriodicTimer(Interval);
        _ = PlayAsync(_timer, _cts.Token);
    }

    private async Task PlayAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                await InvokeAsync(() => StepAsync(1));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Stop()
    {
        _playing = false;
        _cts?.Cancel();
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose()
    {
        Stop();
        _cts?.Dispose();
    }
}
