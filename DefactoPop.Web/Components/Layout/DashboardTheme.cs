using MudBlazor;

namespace DefactoPop.Web.Components.Layout;

public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#31688e",
            // Viridis green, darkened until KPI captions in it reach 4.5:1 on white (#35b779 gave 2.6:1).
            Secondary = "#1f7a4d",
            AppbarBackground = "#263238",
            // Status colours as text on white (outlined chips) and white on them (filled chips): 4.5:1 or better.
            Info = "#1976d2",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Error = "#c62828",
            // Alert text (the "Text" variant draws in the darkened colour on a 6 % tint): 6:1 or better on each tint.
            InfoDarken = "#0b5fa5",
            SuccessDarken = "#1b6e20",
            WarningDarken = "#8a4d00",
            ErrorDarken = "#b71c1c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Roboto", "sans-serif"] },
        },
    };
}
