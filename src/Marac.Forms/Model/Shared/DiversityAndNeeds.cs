using Marac.Forms.DataProtection;

namespace Marac.Forms;

/// <summary>
/// Diversity information and needs, recorded only where known and shared with the victim's
/// understanding wherever possible. Most of it is special category data.
/// </summary>
public sealed record DiversityAndNeeds
{
    /// <summary>Ethnicity in the person's own words.</summary>
    [SpecialCategoryData(SpecialCategory.RacialOrEthnicOrigin)]
    public string? Ethnicity { get; init; }

    /// <summary>Whether the person is from a Black or minority ethnic community.</summary>
    [SpecialCategoryData(SpecialCategory.RacialOrEthnicOrigin)]
    public bool? BlackOrMinorityEthnic { get; init; }

    /// <summary>Whether the person is disabled.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public bool? Disabled { get; init; }

    /// <summary>What the disability is and any adjustments needed.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public string? DisabilityDetails { get; init; }

    /// <summary>Whether the person is lesbian, gay, bisexual or trans.</summary>
    [SpecialCategoryData(SpecialCategory.SexualOrientation)]
    public bool? Lgbt { get; init; }

    /// <summary>Sexual orientation in the person's own words.</summary>
    [SpecialCategoryData(SpecialCategory.SexualOrientation)]
    public string? SexualOrientation { get; init; }

    /// <summary>Gender identity in the person's own words.</summary>
    [RestrictedPersonalData]
    public string? GenderIdentity { get; init; }

    /// <summary>Whether the person has a gender history (protected by the Gender Recognition Act 2004 s.22).</summary>
    [GenderHistory]
    public bool? HasGenderHistory { get; init; }

    /// <summary>Details of the gender history that are relevant to safety.</summary>
    [GenderHistory]
    public string? GenderHistoryDetails { get; init; }

    /// <summary>
    /// The Gender Recognition Act 2004 s.22 exemption under which the gender history above may go on this form.
    /// A referral goes to every agency at the MARAC, so gender history is recorded on it only with an exemption.
    /// </summary>
    public DataProtection.GenderRecognitionExemption GenderHistoryExemption { get; init; }

    /// <summary>Religion or belief.</summary>
    [SpecialCategoryData(SpecialCategory.ReligiousOrPhilosophicalBeliefs)]
    public string? Religion { get; init; }

    /// <summary>Preferred language.</summary>
    [RestrictedPersonalData]
    public string? PreferredLanguage { get; init; }

    /// <summary>Whether an interpreter is needed.</summary>
    public bool? InterpreterNeeded { get; init; }

    /// <summary>Immigration or refugee status, where relevant to safety.</summary>
    [ImmigrationStatus]
    public string? ImmigrationStatus { get; init; }

    /// <summary>Whether the person is pregnant.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public bool? Pregnant { get; init; }

    /// <summary>The expected due date, if pregnant.</summary>
    [SpecialCategoryData(SpecialCategory.Health)]
    public CalendarDate? PregnancyDueDate { get; init; }

    /// <inheritdoc />
    public override string ToString() => PersonalDataText.Hidden(nameof(DiversityAndNeeds));
}
