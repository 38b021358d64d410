namespace Marac.Forms;

/// <summary>Settings for validation.</summary>
public sealed record ValidationOptions
{
    /// <summary>Validation against today's date with the default limits.</summary>
    public static ValidationOptions Default => new();

    /// <summary>The date treated as today when checking for dates in the future. Defaults to the machine's date.</summary>
    public CalendarDate Today { get; init; } = CalendarDate.Today;

    /// <summary>The oldest age, in whole years, accepted for someone listed as a child. Default 18.</summary>
    public int MaximumChildAge { get; init; } = 18;

    /// <summary>The longest single-line value accepted, in characters. Default 500.</summary>
    public int MaximumShortTextLength { get; init; } = 500;

    /// <summary>The longest free-text value accepted, in characters. Default 100,000.</summary>
    public int MaximumLongTextLength { get; init; } = 100_000;

    /// <summary>
    /// Months after the referral to MARAC at which its information is reviewed or disposed of, as the form
    /// definitions' <c>retentionMonths</c> setting. Default 12 (seed 002 4.1.7 and 4.1.9).
    /// </summary>
    public int RetentionMonths { get; init; } = 12;

    /// <summary>The referral criteria settings used when a form's criteria are checked.</summary>
    public ReferralCriteriaSettings Criteria { get; init; } = ReferralCriteriaSettings.Default;
}
