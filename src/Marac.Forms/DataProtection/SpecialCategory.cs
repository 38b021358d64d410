namespace Marac.Forms.DataProtection;

/// <summary>The kinds of special category data in UK GDPR Article 9(1).</summary>
public enum SpecialCategory
{
    /// <summary>Racial or ethnic origin.</summary>
    RacialOrEthnicOrigin,

    /// <summary>Political opinions.</summary>
    PoliticalOpinions,

    /// <summary>Religious or philosophical beliefs.</summary>
    ReligiousOrPhilosophicalBeliefs,

    /// <summary>Trade union membership.</summary>
    TradeUnionMembership,

    /// <summary>Genetic data.</summary>
    Genetic,

    /// <summary>Biometric data used to identify someone.</summary>
    Biometric,

    /// <summary>Physical or mental health, including disability and pregnancy.</summary>
    Health,

    /// <summary>Sex life.</summary>
    SexLife,

    /// <summary>Sexual orientation.</summary>
    SexualOrientation,
}
