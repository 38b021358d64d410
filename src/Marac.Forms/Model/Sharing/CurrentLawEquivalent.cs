using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>The current-law footing that usually corresponds to a 2012 legal ground.</summary>
/// <param name="Article6">UK GDPR Article 6(1) basis.</param>
/// <param name="Article9">UK GDPR Article 9(2) condition for special category data.</param>
/// <param name="Schedule1">DPA 2018 Schedule 1 condition.</param>
/// <param name="Schedule8">DPA 2018 Schedule 8 condition for competent authorities (Part 3).</param>
/// <param name="Note">Caveats the practitioner should weigh; empty when none.</param>
public sealed record CurrentLawEquivalent(
    Article6Basis Article6,
    Article9Condition Article9,
    Schedule1Condition Schedule1,
    Schedule8Condition Schedule8,
    string Note);
