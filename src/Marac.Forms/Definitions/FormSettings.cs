namespace Marac.Forms.Definitions;

/// <summary>
/// The local details a form prints, which an area's overlay may change without code: where to send the
/// form and how, the name of the local MARAC, what the specialist advocate is called, the escalation
/// and visible-high-risk thresholds and how long the form is kept. Text in a definition refers to them as
/// <c>{areaName}</c>, <c>{secureAddress}</c>, <c>{sendingInstructions}</c>, <c>{advocateTerm}</c>,
/// <c>{escalationThreshold}</c>, <c>{visibleHighRiskThreshold}</c> and <c>{retentionMonths}</c>.
/// </summary>
public sealed record FormSettings
{
    /// <summary>The name of the local MARAC area.</summary>
    public string AreaName { get; init; } = "your local MARAC";

    /// <summary>Where to send the completed form.</summary>
    public string SecureAddress { get; init; } = "the secure email address of your MARAC coordinator";

    /// <summary>How to send it securely.</summary>
    public string SendingInstructions { get; init; } = "Send it only by secure email. Never use ordinary email, and never leave a printed copy unattended.";

    /// <summary>The name of the specialist domestic-abuse advocate: IDVA in England and Wales, IDAA in Scotland.</summary>
    public string AdvocateTerm { get; init; } = "IDVA";

    /// <summary>Police-reported incidents in 12 months that meet the potential-escalation criterion. Default 3; some areas use 5.</summary>
    public int EscalationThreshold { get; init; } = 3;

    /// <summary>The Dash score that meets visible high risk. Default 14; an area may lower it, never raise it above 14.</summary>
    public int VisibleHighRiskThreshold { get; init; } = DashItems.VisibleHighRiskThreshold;

    /// <summary>Months after the referral at which the form is reviewed or disposed of. Default 12.</summary>
    public int RetentionMonths { get; init; } = 12;

    /// <summary>The placeholder names text may use, as written between braces.</summary>
    public static IReadOnlyList<string> PlaceholderNames { get; } = new[]
    {
        "areaName", "secureAddress", "sendingInstructions", "advocateTerm", "escalationThreshold", "visibleHighRiskThreshold", "retentionMonths",
    };

    /// <summary>The value of a placeholder, or null when the name is not one of <see cref="PlaceholderNames"/>.</summary>
    public string? Placeholder(string name) => name switch
    {
        "areaName" => AreaName,
        "secureAddress" => SecureAddress,
        "sendingInstructions" => SendingInstructions,
        "advocateTerm" => AdvocateTerm,
        "escalationThreshold" => EscalationThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "visibleHighRiskThreshold" => VisibleHighRiskThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "retentionMonths" => RetentionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
