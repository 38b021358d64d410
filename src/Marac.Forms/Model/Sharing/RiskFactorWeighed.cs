namespace Marac.Forms;

/// <summary>The risks weighed before sharing without consent.</summary>
public enum RiskFactorWeighed
{
    /// <summary>Danger to the victim, including a threat to their life.</summary>
    DangerToLife,

    /// <summary>A child is at risk or in danger.</summary>
    ChildAtRisk,

    /// <summary>An adult at risk is in danger.</summary>
    AdultAtRisk,

    /// <summary>A risk of harm to the victim themselves or to others.</summary>
    RiskToSelfOrOthers,

    /// <summary>Preventing or detecting a crime.</summary>
    PreventionOrDetectionOfCrime,

    /// <summary>The public interest.</summary>
    PublicInterest,
}
