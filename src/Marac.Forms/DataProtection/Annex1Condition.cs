namespace Marac.Forms.DataProtection;

/// <summary>
/// The conditions in UK GDPR Annex 1 (inserted by the Data (Use and Access) Act 2025, Schedule 4), one of which
/// Article 6(1)(ea) needs (Article 6(5)). Paragraph numbers are those of Annex 1.
/// </summary>
public enum Annex1Condition
{
    /// <summary>No Annex 1 condition is relied on (the basis is not Article 6(1)(ea)).</summary>
    None,

    /// <summary>Paragraph 1: disclosure to someone who asked for it and states they need it for a public task with a basis in law (Article 6(1)(e) and 6(3)).</summary>
    PublicTaskDisclosureRequest,

    /// <summary>Paragraph 2: safeguarding national security, protecting public security, or defence.</summary>
    NationalSecurityPublicSecurityOrDefence,

    /// <summary>Paragraph 3: responding to an emergency, as Part 2 of the Civil Contingencies Act 2004 defines it.</summary>
    Emergency,

    /// <summary>Paragraph 5: detecting, investigating or preventing crime, or apprehending or prosecuting offenders.</summary>
    Crime,

    /// <summary>Paragraph 6: safeguarding a vulnerable individual (a child, or an adult at risk as paragraph 7 defines it).</summary>
    SafeguardingVulnerableIndividual,
}
