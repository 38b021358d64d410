namespace Marac.Forms;

/// <summary>How well a date of birth is known.</summary>
public enum DateOfBirthAccuracy
{
    /// <summary>The date is not known.</summary>
    Unknown,

    /// <summary>The exact date is known.</summary>
    Exact,

    /// <summary>The date is an estimate (for example only the year is known).</summary>
    Approximate,
}
