using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <summary>Generators for dates, numbers and enum values.</summary>
public static class ValueGenerators
{
    private static readonly int LastDayNumber = new CalendarDate(9999, 12, 31).DayNumber;

    /// <summary>
    /// Any calendar date: mostly between 1930 and 2030, sometimes anywhere from 0001-01-01 to 9999-12-31,
    /// with the edges and leap days included.
    /// </summary>
    public static Gen<CalendarDate> Date { get; } =
        Gen.Frequency(
            (20, DateBetween(new CalendarDate(1930, 1, 1), new CalendarDate(2030, 12, 31))),
            (3, Gen.Choose(0, LastDayNumber).Select(d => new CalendarDate(1, 1, 1).AddDays(d))),
            (1, Gen.Elements(
                new CalendarDate(1, 1, 1),
                new CalendarDate(9999, 12, 31),
                new CalendarDate(2000, 2, 29),
                new CalendarDate(2024, 2, 29),
                new CalendarDate(1900, 2, 28),
                new CalendarDate(1999, 12, 31))));

    /// <summary>Any whole number, with zero, negatives and the extremes included.</summary>
    public static Gen<int> Integer { get; } =
        Gen.Frequency(
            (10, Gen.Choose(0, 24)),
            (3, Gen.Choose(-1_000_000, 1_000_000)),
            (1, Gen.Elements(int.MinValue, int.MaxValue, -1, 0)));

    /// <summary>A date between <paramref name="first"/> and <paramref name="last"/>, both included.</summary>
    public static Gen<CalendarDate> DateBetween(CalendarDate first, CalendarDate last) =>
        Gen.Choose(0, last.DayNumber - first.DayNumber).Select(first.AddDays);

    /// <summary>Any defined value of <typeparamref name="TEnum"/>.</summary>
    public static Gen<TEnum> EnumValue<TEnum>()
        where TEnum : struct, Enum =>
        Gen.Elements(Enum.GetValues<TEnum>());
}
