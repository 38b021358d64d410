using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// One current-law footing that may correspond to a 2012 legal ground, for one kind of agency: a UK GDPR basis
/// (Article 6, with any Annex 1, Article 9, Schedule 1 and Article 10 condition) or a Part 3 basis (s.35 with any
/// Schedule 8 condition), and the caveats the practitioner must weigh. It is a starting point, not an answer.
/// </summary>
public sealed record CurrentLawEquivalent
{
    /// <summary>The regime: UK GDPR, or Part 3 of the Data Protection Act 2018.</summary>
    public ProcessingRegime Regime { get; init; }

    /// <summary>UK GDPR Article 6(1) basis; null under Part 3.</summary>
    public Article6Basis? Article6 { get; init; }

    /// <summary>UK GDPR Annex 1 condition, with Article 6(1)(ea).</summary>
    public Annex1Condition Annex1 { get; init; }

    /// <summary>UK GDPR Article 9(2) condition for special category data.</summary>
    public Article9Condition Article9 { get; init; }

    /// <summary>DPA 2018 Schedule 1 condition completing the Article 9 condition.</summary>
    public Schedule1Condition Schedule1 { get; init; }

    /// <summary>DPA 2018 Schedule 1 condition for criminal-offence data (Article 10).</summary>
    public Schedule1Condition Article10 { get; init; }

    /// <summary>DPA 2018 s.35(2) basis; null under UK GDPR.</summary>
    public LawEnforcementBasis? Section35 { get; init; }

    /// <summary>DPA 2018 Schedule 8 condition for sensitive processing under Part 3.</summary>
    public Schedule8Condition Schedule8 { get; init; }

    /// <summary>Caveats, with the provisions they rest on; empty when none.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>A lawful basis filled in from this footing, with the three statements the practitioner writes.</summary>
    public LawfulBasis ToLawfulBasis(string reasons, string extent, string permittedUse) => new()
    {
        Regime = Regime,
        Article6 = Article6,
        Annex1 = Annex1,
        Article9 = Article9,
        Schedule1 = Schedule1,
        Article10 = Article10,
        Section35 = Section35,
        Schedule8 = Schedule8,
        Reasons = reasons,
        Extent = extent,
        PermittedUse = permittedUse,
    };
}
