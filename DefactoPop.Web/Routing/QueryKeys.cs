namespace DefactoPop.Web.Routing;

/// <summary>Every query-string key of the dashboard, shared by the URL builders, the filter parsers and the pages.</summary>
public static class QueryKeys
{
    public const string Level = "level";
    public const string Metric = "metric";
    public const string Date = "date";
    public const string Hour = "hour";
    public const string Sex = "sex";
    public const string Band = "band";
    public const string Method = "cls";
    public const string Classes = "k";
    public const string Palette = "pal";
    public const string Breaks = "breaks";
    public const string Gu = "gu";
    public const string Zone = "zone";
    public const string From = "from";
    public const string To = "to";
    public const string Days = "days";
    public const string Top = "top";
    public const string Lang = "lang";
    public const string ReturnUrl = "returnUrl";
    public const string Version = "v";
}
