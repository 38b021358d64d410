namespace Marac.Forms;

/// <summary>The 24 Dash items: number, record member name and the JSON name of the answer.</summary>
public static class DashItems
{
    /// <summary>The items in the published order.</summary>
    public static IReadOnlyList<DashItemInfo> All { get; } = new DashItemInfo[]
    {
        new(1, nameof(DashChecklist.CurrentInjury), "currentInjury"),
        new(2, nameof(DashChecklist.VeryFrightened), "veryFrightened"),
        new(3, nameof(DashChecklist.AfraidOfWhat), "afraidOfWhat"),
        new(4, nameof(DashChecklist.Isolated), "isolated"),
        new(5, nameof(DashChecklist.DepressedOrSuicidal), "depressedOrSuicidal"),
        new(6, nameof(DashChecklist.RecentSeparation), "recentSeparation"),
        new(7, nameof(DashChecklist.ChildContactConflict), "childContactConflict"),
        new(8, nameof(DashChecklist.StalkingOrHarassment), "stalkingOrHarassment"),
        new(9, nameof(DashChecklist.PregnantOrRecentBirth), "pregnantOrRecentBirth"),
        new(10, nameof(DashChecklist.AbuseMoreOften), "abuseMoreOften"),
        new(11, nameof(DashChecklist.AbuseGettingWorse), "abuseGettingWorse"),
        new(12, nameof(DashChecklist.ControllingOrJealous), "controllingOrJealous"),
        new(13, nameof(DashChecklist.UsedWeapons), "usedWeapons"),
        new(14, nameof(DashChecklist.ThreatenedToKill), "threatenedToKill"),
        new(15, nameof(DashChecklist.Strangulation), "strangulation"),
        new(16, nameof(DashChecklist.SexualAbuse), "sexualAbuse"),
        new(17, nameof(DashChecklist.OtherPersonThreat), "otherPersonThreat"),
        new(18, nameof(DashChecklist.HurtOthers), "hurtOthers"),
        new(19, nameof(DashChecklist.AnimalAbuse), "animalAbuse"),
        new(20, nameof(DashChecklist.FinancialIssues), "financialIssues"),
        new(21, nameof(DashChecklist.AbuserProblems), "abuserProblems"),
        new(22, nameof(DashChecklist.AbuserSuicideThreat), "abuserSuicideThreat"),
        new(23, nameof(DashChecklist.BreachOfOrders), "breachOfOrders"),
        new(24, nameof(DashChecklist.CriminalHistory), "criminalHistory"),
    };

    /// <summary>The number of items on the checklist.</summary>
    public const int Count = 24;

    /// <summary>The score at or above which visible high risk is met.</summary>
    public const int VisibleHighRiskThreshold = 14;
}
