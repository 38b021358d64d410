namespace Marac.Forms;

/// <summary>The result of checking a case against the four MARAC referral criteria.</summary>
/// <param name="VisibleHighRisk">Criterion 1.</param>
/// <param name="ProfessionalJudgement">Criterion 2.</param>
/// <param name="PotentialEscalation">Criterion 3.</param>
/// <param name="Repeat">Criterion 4.</param>
public sealed record ReferralCriteriaEvaluation(
    CriterionResult VisibleHighRisk,
    CriterionResult ProfessionalJudgement,
    CriterionResult PotentialEscalation,
    CriterionResult Repeat)
{
    /// <summary>The four results in criterion order.</summary>
    public IReadOnlyList<CriterionResult> All => new[] { VisibleHighRisk, ProfessionalJudgement, PotentialEscalation, Repeat };

    /// <summary>True when at least one criterion is met, so the case meets the threshold for MARAC.</summary>
    public bool MeetsMaracThreshold => All.Any(r => r.IsMet);

    /// <summary>The criteria that are met.</summary>
    public IReadOnlyList<ReferralCriterion> Met => All.Where(r => r.IsMet).Select(r => r.Criterion).ToArray();
}
