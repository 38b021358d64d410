namespace Marac.Forms.DataProtection;

/// <summary>
/// The lawful bases for processing in UK GDPR Article 6(1), as amended by the Data (Use and Access) Act 2025
/// s.70 (in force 5 February 2026). They belong to the UK GDPR regime; processing under Part 3 of the Data
/// Protection Act 2018 uses <see cref="LawEnforcementBasis"/> instead.
/// </summary>
public enum Article6Basis
{
    /// <summary>6(1)(a) consent. Rarely the right basis for MARAC work, where consent may not be freely given.</summary>
    Consent,

    /// <summary>6(1)(b) performance of a contract with the person.</summary>
    Contract,

    /// <summary>6(1)(c) compliance with a legal obligation of the controller, for example a court order to disclose.</summary>
    LegalObligation,

    /// <summary>6(1)(d) vital interests: protecting someone's life.</summary>
    VitalInterests,

    /// <summary>6(1)(e) a task of the controller carried out in the public interest, or in the exercise of official authority vested in it; the usual basis for public bodies.</summary>
    PublicTask,

    /// <summary>
    /// 6(1)(ea) a recognised legitimate interest: met only by a condition in UK GDPR Annex 1 (Article 6(5)),
    /// recorded in <see cref="LawfulBasis.Annex1"/>. Like (f), it does not apply to processing by a public
    /// authority in the performance of its tasks (the words after Article 6(1)(f)).
    /// </summary>
    RecognisedLegitimateInterest,

    /// <summary>6(1)(f) legitimate interests, weighed against the person's interests. Not available to a public authority performing its tasks (the words after Article 6(1)(f)).</summary>
    LegitimateInterests,
}
