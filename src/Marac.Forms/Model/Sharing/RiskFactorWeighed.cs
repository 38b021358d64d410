namespace Marac.Forms;

/// <summary>What is considered before information is shared without the victim's consent (seed 002 §4.2.2).</summary>
public enum RiskFactorWeighed
{
    /// <summary>Danger to the victim, including a threat to their life.</summary>
    DangerToLife,

    /// <summary>A child is at risk, or there is danger to a child.</summary>
    ChildAtRisk,

    /// <summary>A vulnerable adult is at risk, or there is danger to a vulnerable adult.</summary>
    AdultAtRisk,

    /// <summary>The victim poses a risk to themselves or to others.</summary>
    VictimPosesRiskToSelfOrOthers,

    /// <summary>Preventing a crime.</summary>
    PreventionOfCrime,

    /// <summary>The public interest, judged on the facts of the case.</summary>
    PublicInterest,
}
