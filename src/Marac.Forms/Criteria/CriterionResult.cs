namespace Marac.Forms;

/// <summary>Whether one referral criterion is met, and why.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="IsMet">True when it is met.</param>
/// <param name="Reason">A plain-English explanation with the figures used.</param>
public sealed record CriterionResult(ReferralCriterion Criterion, bool IsMet, string Reason);
