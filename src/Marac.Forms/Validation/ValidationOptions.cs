namespace Marac.Forms;

/// <summary>Settings for validation.</summary>
public sealed record ValidationOptions
{
    /// <summary>Validation against today's date with the default limits.</summary>
    public static ValidationOptions Default => new();

    /// <summary>
    /// The date treated as today: for dates in the future, ages, and every other check against today. Defaults to
    /// today in the United Kingdom (<see cref="UkCalendar.Today"/>), not the machine's time zone.
    /// </summary>
    public CalendarDate Today { get; init; } = UkCalendar.Today;

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

    /// <summary>
    /// True (the default) to require an appropriate policy document with every Schedule 1 Part 2 condition, as the
    /// project reads DPA 2018 Schedule 1 paragraph 5; set false if your data-protection officer reads a condition you
    /// rely on as needing none.
    /// </summary>
    public bool PolicyDocumentForSubstantialPublicInterest { get; init; } = true;

    /// <summary>
    /// Whether the Gender Recognition Act 2004 s.22(4)(f) exemption (preventing or investigating crime) covers
    /// disclosing gender history for safeguarding. The law is uncertain (seed 001), so by default (null) relying on
    /// it gives a warning; set true if your legal advice is that it does, false to refuse it.
    /// </summary>
    public bool? CrimeExemptionCoversSafeguarding { get; init; }

    /// <summary>The referral criteria settings used when a form's criteria are checked.</summary>
    public ReferralCriteriaSettings Criteria { get; init; } = ReferralCriteriaSettings.Default;
}
