using System.Globalization;

namespace DefactoPop.Web.Cli;

public static class CliDates
{
    public static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{text}' is not a date (expected YYYY-MM-DD).");

    public static DateOnly? ParseOptional(string? text) => text is null ? null : Parse(text);
}
