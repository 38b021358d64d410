using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>A date of birth that may be exact, approximate or unknown.</summary>
public sealed record DateOfBirth
{
    /// <summary>How well the date is known.</summary>
    public DateOfBirthAccuracy Accuracy { get; init; }

    /// <summary>The date, or the best estimate of it; empty when unknown.</summary>
    [RestrictedPersonalData]
    public CalendarDate? Date { get; init; }

    /// <summary>An exactly known date of birth.</summary>
    public static DateOfBirth Exact(CalendarDate date) => new() { Accuracy = DateOfBirthAccuracy.Exact, Date = date };

    /// <summary>An estimated date of birth.</summary>
    public static DateOfBirth Approximate(CalendarDate estimate) => new() { Accuracy = DateOfBirthAccuracy.Approximate, Date = estimate };

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(DateOfBirth));
}
