namespace Marac.Forms;

/// <summary>The four MARAC referral criteria; any one is enough.</summary>
public enum ReferralCriterion
{
    /// <summary>Visible high risk: a Dash score at or above the threshold, 14 unless the area lowers it.</summary>
    VisibleHighRisk,

    /// <summary>Professional judgement: a stated serious concern, even below 14. It can only raise risk.</summary>
    ProfessionalJudgement,

    /// <summary>Potential escalation: police-reported incidents in the past 12 months at or above the local threshold.</summary>
    PotentialEscalation,

    /// <summary>Repeat: a further incident within 12 months of the last referral.</summary>
    Repeat,
}
