namespace Marac.Forms;

/// <summary>Considerations weighed before sharing without consent.</summary>
public enum BalancingConsideration
{
    /// <summary>There is a pressing need to share.</summary>
    PressingNeed,

    /// <summary>The risk of not disclosing.</summary>
    RiskOfNotDisclosing,

    /// <summary>The respective risks to those affected.</summary>
    RespectiveRisksToThoseAffected,

    /// <summary>The interest of the other agency or person in receiving it.</summary>
    InterestOfRecipient,

    /// <summary>The public interest in disclosure.</summary>
    PublicInterestOfDisclosure,

    /// <summary>Human rights.</summary>
    HumanRights,

    /// <summary>The duty of confidentiality.</summary>
    DutyOfConfidentiality,

    /// <summary>Something else (see the comments).</summary>
    Other,
}
