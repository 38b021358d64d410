namespace Marac.Forms.Tests.Validation;

/// <summary>Every "today" in validation is the UK date (Europe/London, with British Summer Time), not the machine's.</summary>
public sealed class UkCalendarTests
{
    [Theory]
    [InlineData("2026-06-30T23:30:00+00:00", "2026-07-01")] // 00:30 BST on 1 July
    [InlineData("2026-06-30T22:59:59+00:00", "2026-06-30")] // 23:59:59 BST
    [InlineData("2026-12-31T23:30:00+00:00", "2026-12-31")] // GMT in winter
    [InlineData("2026-03-29T00:30:00+00:00", "2026-03-29")] // the night the clocks go forward
    [InlineData("2026-10-24T23:30:00+00:00", "2026-10-25")] // 00:30 BST on the day the clocks go back
    [InlineData("2026-07-01T08:00:00+10:00", "2026-06-30")] // a server in another zone
    public void The_date_is_the_date_in_London(string instant, string expected)
    {
        Assert.Equal(CalendarDate.ParseIso(expected), UkCalendar.DateAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Validation_defaults_to_the_UK_date()
    {
        var before = UkCalendar.Today;
        var options = new ValidationOptions();
        var after = UkCalendar.Today;

        Assert.InRange(options.Today.DayNumber, before.DayNumber, after.DayNumber);
    }
}
