using MudBlazor;

namespace DefactoPop.Web.Components.Layout;

public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#31688e",
            Secondary = "#35b779",
            AppbarBackground = "#263238",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Roboto", "sans-serif"] },
        },
    };
}
