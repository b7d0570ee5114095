using DefactoPop.Core.Abstractions;

namespace DefactoPop.Web.ViewModels;

public sealed record SwingsModel(
    SlotValue? CityMax,
    SlotValue? CityMin,
    IReadOnlyList<ZoneSwing> Zones,
    HourDayMatrix Matrix,
    IReadOnlyList<CalendarEffect> Calendar);
