using System.Globalization;
using System.Text.Json.Serialization;
using Marac.Forms.Json;

namespace Marac.Forms;

/// <summary>
/// A date with no time of day or time zone, such as a date of birth or the date a form was signed.
/// Written as <c>YYYY-MM-DD</c> everywhere. Works the same on .NET Framework and modern .NET.
/// </summary>
[JsonConverter(typeof(CalendarDateJsonConverter))]
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    private readonly int dayNumber;

    private CalendarDate(int dayNumber) => this.dayNumber = dayNumber;

    /// <summary>Creates a date from its parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not name a real calendar date.</exception>
    public CalendarDate(int year, int month, int day)
        : this(ToDayNumber(new DateTime(year, month, day)))
    {
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year => ToDateTime().Year;

    /// <summary>The month, 1 to 12.</summary>
    public int Month => ToDateTime().Month;

    /// <summary>The day of the month, 1 to 31.</summary>
    public int Day => ToDateTime().Day;

    /// <summary>Days since 0001-01-01.</summary>
    public int DayNumber => dayNumber;

    /// <summary>The date part of <paramref name="value"/>; its time and kind are ignored.</summary>
    public static CalendarDate FromDateTime(DateTime value) => new(ToDayNumber(value));

    /// <summary>Today's date on this machine's clock.</summary>
    public static CalendarDate Today => FromDateTime(DateTime.Today);

    /// <summary>Midnight at the start of this date, with an unspecified kind.</summary>
    public DateTime ToDateTime() => new(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    /// <summary>This date moved by a number of days.</summary>
    public CalendarDate AddDays(int days) => new(dayNumber + days);

    /// <summary>This date moved by a number of months; the day is clamped to the month's last day.</summary>
    public CalendarDate AddMonths(int months) => FromDateTime(ToDateTime().AddMonths(months));

    /// <summary>This date moved by a number of years; 29 February becomes 28 February when needed.</summary>
    public CalendarDate AddYears(int years) => FromDateTime(ToDateTime().AddYears(years));

    /// <summary>Whole years from <paramref name="birth"/> to this date, as an age is counted.</summary>
    public int YearsSince(CalendarDate birth)
    {
        var years = Year - birth.Year;
        if (Month < birth.Month || (Month == birth.Month && Day < birth.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>Reads a date written as <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseIso(string? text, out CalendarDate date)
    {
        if (text is { Length: 10 }
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = FromDateTime(parsed);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Reads a date written as <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not a real date in that form.</exception>
    public static CalendarDate ParseIso(string text) =>
        TryParseIso(text, out var date) ? date : throw new FormatException($"'{text}' is not a date written as YYYY-MM-DD.");

    /// <summary>The date as <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date as <c>DD/MM/YYYY</c>, the way UK forms print it.</summary>
    public string ToUkString() => ToDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

#if NET6_0_OR_GREATER
    /// <summary>Converts from <see cref="DateOnly"/>.</summary>
    public static implicit operator CalendarDate(DateOnly value) => new(value.DayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>.</summary>
    public static implicit operator DateOnly(CalendarDate value) => DateOnly.FromDayNumber(value.dayNumber);
#endif

    /// <inheritdoc />
    public bool Equals(CalendarDate other) => dayNumber == other.dayNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => dayNumber;

    /// <inheritdoc />
    public int CompareTo(CalendarDate other) => dayNumber.CompareTo(other.dayNumber);

    /// <summary>Equal dates.</summary>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Different dates.</summary>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(CalendarDate left, CalendarDate right) => left.dayNumber < right.dayNumber;

    /// <summary>Later than.</summary>
    public static bool operator >(CalendarDate left, CalendarDate right) => left.dayNumber > right.dayNumber;

    /// <summary>Earlier than or the same day.</summary>
    public static bool operator <=(CalendarDate left, CalendarDate right) => left.dayNumber <= right.dayNumber;

    /// <summary>Later than or the same day.</summary>
    public static bool operator >=(CalendarDate left, CalendarDate right) => left.dayNumber >= right.dayNumber;

    private static int ToDayNumber(DateTime value) => (int)(value.Date.Ticks / TimeSpan.TicksPerDay);
}
