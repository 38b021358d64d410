namespace Marac.Forms.DataProtection;

/// <summary>
/// Conditions in Schedule 8 to the Data Protection Act 2018 for sensitive processing by competent
/// authorities under Part 3 (law enforcement), such as the police.
/// </summary>
public enum Schedule8Condition
{
    /// <summary>Part 3 does not apply or no Schedule 8 condition is relied on.</summary>
    None,

    /// <summary>Paragraph 1: statutory purposes.</summary>
    StatutoryPurposes,

    /// <summary>Paragraph 2: administration of justice.</summary>
    AdministrationOfJustice,

    /// <summary>Paragraph 3: protecting someone's vital interests.</summary>
    ProtectingVitalInterests,

    /// <summary>Paragraph 4: safeguarding of children and of individuals at risk.</summary>
    SafeguardingChildrenAndIndividualsAtRisk,

    /// <summary>Paragraph 5: personal data already in the public domain.</summary>
    AlreadyPublic,

    /// <summary>Paragraph 6: legal claims.</summary>
    LegalClaims,

    /// <summary>Paragraph 7: judicial acts.</summary>
    JudicialActs,

    /// <summary>Paragraph 8: preventing fraud.</summary>
    PreventingFraud,

    /// <summary>Paragraph 9: archiving, research or statistics.</summary>
    ArchivingOrResearch,
}
