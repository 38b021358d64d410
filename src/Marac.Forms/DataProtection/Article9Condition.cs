namespace Marac.Forms.DataProtection;

/// <summary>The conditions in UK GDPR Article 9(2) for processing special category data.</summary>
public enum Article9Condition
{
    /// <summary>No special category data is processed.</summary>
    None,

    /// <summary>9(2)(a) explicit consent.</summary>
    ExplicitConsent,

    /// <summary>9(2)(b) employment, social security and social protection law.</summary>
    EmploymentAndSocialProtection,

    /// <summary>9(2)(c) vital interests where the person cannot give consent.</summary>
    VitalInterests,

    /// <summary>9(2)(d) a not-for-profit body's legitimate activities.</summary>
    NotForProfitBody,

    /// <summary>9(2)(e) data the person has manifestly made public.</summary>
    MadePublicByThePerson,

    /// <summary>9(2)(f) legal claims or courts acting judicially.</summary>
    LegalClaims,

    /// <summary>9(2)(g) substantial public interest, with a condition in DPA 2018 Schedule 1 Part 2.</summary>
    SubstantialPublicInterest,

    /// <summary>9(2)(h) health or social care.</summary>
    HealthOrSocialCare,

    /// <summary>9(2)(i) public health.</summary>
    PublicHealth,

    /// <summary>9(2)(j) archiving, research or statistics.</summary>
    ArchivingOrResearch,
}
