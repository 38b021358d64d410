using NodaTime;

namespace Marac.Forms;

/// <summary>
/// The calendar date in the United Kingdom (the Europe/London time zone, with British Summer Time), whatever the
/// machine's own time zone. MARAC dates are UK dates: a referral made at 00:30 on 1 July in London is made on
/// 1 July, even on a server that runs on UTC.
/// </summary>
public static class UkCalendar
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Today's date in the United Kingdom.</summary>
    public static CalendarDate Today => DateAt(SystemClock.Instance.GetCurrentInstant().ToDateTimeOffset());

    /// <summary>The UK date at <paramref name="instant"/>.</summary>
    public static CalendarDate DateAt(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(London).Date;
        return new CalendarDate(local.Year, local.Month, local.Day);
    }
}
