namespace Marac.Forms;

/// <summary>Why information is being shared without the victim's consent.</summary>
public enum ConsentPosition
{
    /// <summary>The victim was asked and refused. Refusal can itself be a sign of the abuser's control.</summary>
    Refused,

    /// <summary>Consent was not sought because asking would increase the risk to the victim or others.</summary>
    NotSoughtAsItWouldIncreaseRisk,

    /// <summary>Consent could not be sought (for example the victim could not be contacted safely in time).</summary>
    CouldNotBeSought,
}
