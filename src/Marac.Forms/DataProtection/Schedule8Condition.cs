namespace Marac.Forms.DataProtection;

/// <summary>
/// Conditions in Schedule 8 to the Data Protection Act 2018 for sensitive processing by competent
/// authorities under Part 3 (law enforcement), such as the police (s.35(5)(b)). They have no place in a
/// UK GDPR basis.
/// </summary>
public enum Schedule8Condition
{
    /// <summary>Part 3 does not apply or no Schedule 8 condition is relied on.</summary>
    None,

    /// <summary>Paragraph 1: statutory etc purposes (a function conferred by an enactment or rule of law, and substantial public interest).</summary>
    StatutoryPurposes,

    /// <summary>Paragraph 2: administration of justice.</summary>
    AdministrationOfJustice,

    /// <summary>Paragraph 3: protecting an individual's vital interests.</summary>
    ProtectingVitalInterests,

    /// <summary>Paragraph 4: safeguarding of children and of individuals at risk.</summary>
    SafeguardingChildrenAndIndividualsAtRisk,

    /// <summary>Paragraph 5: personal data already in the public domain (manifestly made public by the person).</summary>
    AlreadyPublic,

    /// <summary>Paragraph 6: legal claims.</summary>
    LegalClaims,

    /// <summary>Paragraph 7: judicial acts (a court or tribunal acting in its judicial capacity; not a disclosure under a court order).</summary>
    JudicialActs,

    /// <summary>Paragraph 8: preventing fraud.</summary>
    PreventingFraud,

    /// <summary>Paragraph 9: archiving, research or statistics.</summary>
    ArchivingOrResearch,
}
