namespace Marac.Forms;

/// <summary>Local settings for the MARAC referral criteria.</summary>
public sealed record ReferralCriteriaSettings
{
    private readonly int visibleHighRiskThreshold = DashItems.VisibleHighRiskThreshold;

    /// <summary>The settings most areas use: 14 Yes answers, 3 police incidents, a 12-month repeat window.</summary>
    public static ReferralCriteriaSettings Default { get; } = new();

    /// <summary>
    /// The Dash score at or above which visible high risk is met. Default 14, the SafeLives threshold; an area may
    /// lower it (to refer more cases) but never raise it above 14, which would leave high-risk victims unreferred.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 14.</exception>
    public int VisibleHighRiskThreshold
    {
        get => visibleHighRiskThreshold;
        init => visibleHighRiskThreshold = value is >= 1 and <= DashItems.VisibleHighRiskThreshold
            ? value
            : throw new ArgumentOutOfRangeException(nameof(VisibleHighRiskThreshold), value, $"The visible-high-risk threshold must be between 1 and {DashItems.VisibleHighRiskThreshold}: an area may lower it, never raise it above {DashItems.VisibleHighRiskThreshold}.");
    }

    /// <summary>Police-reported incidents in the past 12 months at or above which potential escalation is met. Default 3; some areas use 5.</summary>
    public int EscalationThreshold { get; init; } = 3;

    /// <summary>How many months after the last referral a further incident makes the case a repeat. Default 12.</summary>
    public int RepeatWindowMonths { get; init; } = 12;
}
