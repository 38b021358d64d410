namespace Marac.Forms.DataProtection;

/// <summary>
/// The conditions in UK GDPR Article 9(2) for processing special category data. Points (b), (g), (h), (i)
/// and (j) are met only with a condition in Schedule 1 to the Data Protection Act 2018 (s.10(2) and (3)),
/// recorded in <see cref="LawfulBasis.Schedule1"/>.
/// </summary>
public enum Article9Condition
{
    /// <summary>No special category data is processed.</summary>
    None,

    /// <summary>9(2)(a) explicit consent.</summary>
    ExplicitConsent,

    /// <summary>9(2)(b) employment, social security and social protection law; needs Schedule 1 paragraph 1 (s.10(2)).</summary>
    EmploymentAndSocialProtection,

    /// <summary>9(2)(c) vital interests, only where the person is physically or legally incapable of giving consent. A person who refuses is not incapable.</summary>
    VitalInterests,

    /// <summary>9(2)(d) a not-for-profit body's legitimate activities, about its members or regular contacts.</summary>
    NotForProfitBody,

    /// <summary>9(2)(e) data the person has manifestly made public.</summary>
    MadePublicByThePerson,

    /// <summary>9(2)(f) legal claims, or courts acting in their judicial capacity.</summary>
    LegalClaims,

    /// <summary>9(2)(g) substantial public interest; needs a condition in Schedule 1 Part 2 (s.10(3)).</summary>
    SubstantialPublicInterest,

    /// <summary>9(2)(h) health or social care; needs Schedule 1 paragraph 2 (s.10(2)).</summary>
    HealthOrSocialCare,

    /// <summary>9(2)(i) public health; needs Schedule 1 paragraph 3 (s.10(2)).</summary>
    PublicHealth,

    /// <summary>9(2)(j) archiving, research or statistics; needs Schedule 1 paragraph 4 (s.10(2)).</summary>
    ArchivingOrResearch,
}
