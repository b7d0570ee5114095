namespace DefactoPop.Core.Domain;

/// <summary>
/// Holidays that are not a rule but a decision: national election days and one-off 임시공휴일, as published in the
/// 관보. Years after the last entry hold none until they are added here.
/// </summary>
internal static class KoreanHolidayDays
{
    public static IReadOnlyList<KoreanHoliday> All { get; } =
    [
        Temporary(2015, 8, 14, "광복 70주년 임시공휴일", "Temporary holiday (70th Liberation anniversary)"),
        Election(2016, 4, 13, "제20대 국회의원선거", "National Assembly election"),
        Temporary(2016, 5, 6, "임시공휴일", "Temporary holiday"),
        Election(2017, 5, 9, "제19대 대통령선거", "Presidential election"),
        Temporary(2017, 10, 2, "임시공휴일", "Temporary holiday"),
        Election(2018, 6, 13, "제7회 전국동시지방선거", "Local elections"),
        Election(2020, 4, 15, "제21대 국회의원선거", "National Assembly election"),
        Temporary(2020, 8, 17, "임시공휴일", "Temporary holiday"),
        Election(2022, 3, 9, "제20대 대통령선거", "Presidential election"),
        Election(2022, 6, 1, "제8회 전국동시지방선거", "Local elections"),
        Temporary(2023, 10, 2, "임시공휴일", "Temporary holiday"),
        Election(2024, 4, 10, "제22대 국회의원선거", "National Assembly election"),
        Temporary(2024, 10, 1, "국군의 날 임시공휴일", "Temporary holiday (Armed Forces Day)"),
        Temporary(2025, 1, 27, "임시공휴일", "Temporary holiday"),
        Election(2025, 6, 3, "제21대 대통령선거", "Presidential election"),
    ];

    private static KoreanHoliday Election(int y, int m, int d, string ko, string en) =>
        new(new DateOnly(y, m, d), HolidayKind.Election, "election", ko, en);

    private static KoreanHoliday Temporary(int y, int m, int d, string ko, string en) =>
        new(new DateOnly(y, m, d), HolidayKind.Temporary, "temporary", ko, en);
}
