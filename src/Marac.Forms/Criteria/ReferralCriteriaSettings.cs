namespace Marac.Forms;

/// <summary>Local settings for the MARAC referral criteria.</summary>
public sealed record ReferralCriteriaSettings
{
    /// <summary>The settings most areas use: 14 Yes answers, 3 police incidents, a 12-month repeat window.</summary>
    public static ReferralCriteriaSettings Default { get; } = new();

    /// <summary>The Dash score at or above which visible high risk is met. Default 14.</summary>
    public int VisibleHighRiskThreshold { get; init; } = DashItems.VisibleHighRiskThreshold;

    /// <summary>Police-reported incidents in the past 12 months at or above which potential escalation is met. Default 3; some areas use 5.</summary>
    public int EscalationThreshold { get; init; } = 3;

    /// <summary>How many months after the last referral a further incident makes the case a repeat. Default 12.</summary>
    public int RepeatWindowMonths { get; init; } = 12;
}
