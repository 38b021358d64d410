using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// Maps the 2012 form's Data Protection Act 1998 grounds onto current law (UK GDPR and the Data
/// Protection Act 2018). The mapping is a starting point for the practitioner, not legal advice:
/// the basis actually relied on is recorded in <see cref="SharingWithoutConsentRecord.CurrentLawBasis"/>.
/// </summary>
public static class LegacyLegalGroundMapping
{
    /// <summary>The usual current-law equivalent of a 2012 ground.</summary>
    public static CurrentLawEquivalent ToCurrentLaw(LegacyLegalGround ground) => ground switch
    {
        LegacyLegalGround.PreventionOrDetectionOfCrime => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.PreventingOrDetectingUnlawfulActs, Schedule8Condition.StatutoryPurposes, "Police processing falls under DPA 2018 Part 3 instead."),
        LegacyLegalGround.VitalInterests => new(Article6Basis.VitalInterests, Article9Condition.VitalInterests, Schedule1Condition.VitalInterestsForOffenceData, Schedule8Condition.ProtectingVitalInterests, "Only where the person cannot consent or life is at risk."),
        LegacyLegalGround.AdministrationOfJustice => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.AdministrationOfJustice, Schedule8Condition.AdministrationOfJustice, string.Empty),
        LegacyLegalGround.StatutoryFunctions => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.StatutoryAndGovernmentPurposes, Schedule8Condition.StatutoryPurposes, "Crime and Disorder Act 1998 s.115 gives a power to disclose but is not a lawful basis by itself."),
        LegacyLegalGround.CourtOrder => new(Article6Basis.LegalObligation, Article9Condition.LegalClaims, Schedule1Condition.None, Schedule8Condition.JudicialActs, string.Empty),
        LegacyLegalGround.OverridingPublicInterest => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.ProtectingThePublic, Schedule8Condition.StatutoryPurposes, "The common-law duty of confidence still applies: record why the public interest overrides it."),
        LegacyLegalGround.ChildProtection => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk, Schedule8Condition.SafeguardingChildrenAndIndividualsAtRisk, string.Empty),
        LegacyLegalGround.RightToLife => new(Article6Basis.VitalInterests, Article9Condition.VitalInterests, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk, Schedule8Condition.ProtectingVitalInterests, "Human Rights Act Article 2; necessity and proportionality under Article 8 still apply."),
        LegacyLegalGround.FreedomFromTorture => new(Article6Basis.PublicTask, Article9Condition.SubstantialPublicInterest, Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk, Schedule8Condition.SafeguardingChildrenAndIndividualsAtRisk, "Human Rights Act Article 3; necessity and proportionality under Article 8 still apply."),
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Not a known legal ground."),
    };
}
