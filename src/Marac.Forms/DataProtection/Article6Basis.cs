namespace Marac.Forms.DataProtection;

/// <summary>The lawful bases for processing in UK GDPR Article 6(1).</summary>
public enum Article6Basis
{
    /// <summary>6(1)(a) consent. Rarely the right basis for MARAC work, where consent may not be free.</summary>
    Consent,

    /// <summary>6(1)(b) performance of a contract.</summary>
    Contract,

    /// <summary>6(1)(c) compliance with a legal obligation, for example a court order.</summary>
    LegalObligation,

    /// <summary>6(1)(d) vital interests: protecting someone's life.</summary>
    VitalInterests,

    /// <summary>6(1)(e) a task in the public interest or in the exercise of official authority; usual for public bodies.</summary>
    PublicTask,

    /// <summary>6(1)(ea) a recognised legitimate interest, such as safeguarding (available from February 2026).</summary>
    RecognisedLegitimateInterest,

    /// <summary>6(1)(f) legitimate interests (not available to public authorities doing their tasks).</summary>
    LegitimateInterests,
}
