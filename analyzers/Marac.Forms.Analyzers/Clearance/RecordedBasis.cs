namespace Marac.Forms.Analyzers.Clearance;

/// <summary>What the compiler can see of the lawful basis recorded for a disclosure.</summary>
/// <remarks>
/// Immigration status has two separate agreements: the MARAC's agreement to share it with an agency that does
/// not attend, and the gate for immigration enforcement (the MARAC's explicit agreement, and the purpose of
/// protecting the victim). Code cannot tell where an output goes, so either one, in full, counts as the
/// MARAC's agreement; half a gate (an agreement without the protective purpose) does not.
/// </remarks>
internal readonly struct RecordedBasis
{
    public RecordedBasis(bool found, bool genderRecognitionExemption, bool immigrationSharing, bool enforcementAgreement = false, bool enforcementProtectsVictim = false)
    {
        Found = found;
        GenderRecognitionExemption = genderRecognitionExemption;
        ImmigrationSharing = immigrationSharing;
        EnforcementAgreement = enforcementAgreement;
        EnforcementProtectsVictim = enforcementProtectsVictim;
    }

    public static RecordedBasis None => default;

    /// <summary>A basis with no exemption or agreement the compiler can see.</summary>
    public static RecordedBasis Plain => new(true, false, false);

    /// <summary>Some lawful basis is recorded.</summary>
    public bool Found { get; }

    /// <summary>A Gender Recognition Act s.22 exemption is visibly recorded.</summary>
    public bool GenderRecognitionExemption { get; }

    /// <summary>The MARAC's agreement to share immigration status with an agency that does not attend is visibly recorded.</summary>
    public bool ImmigrationSharing { get; }

    /// <summary>The MARAC's explicit agreement to disclose immigration status to immigration enforcement is visibly recorded.</summary>
    public bool EnforcementAgreement { get; }

    /// <summary>The disclosure to immigration enforcement is visibly recorded as made to protect the victim.</summary>
    public bool EnforcementProtectsVictim { get; }

    /// <summary>The MARAC's agreement for immigration status to leave the meeting: the sharing agreement, or the whole enforcement gate.</summary>
    public bool ImmigrationAgreement => ImmigrationSharing || (EnforcementAgreement && EnforcementProtectsVictim);

    /// <summary>Either basis covers what it covers (several bases may be in force at once).</summary>
    public RecordedBasis Or(RecordedBasis other) =>
        new(Found || other.Found, GenderRecognitionExemption || other.GenderRecognitionExemption, ImmigrationSharing || other.ImmigrationSharing,
            EnforcementAgreement || other.EnforcementAgreement, EnforcementProtectsVictim || other.EnforcementProtectsVictim);

    /// <summary>Only what both cover (a value that may be either of two bases).</summary>
    public RecordedBasis And(RecordedBasis other) =>
        new(Found && other.Found, GenderRecognitionExemption && other.GenderRecognitionExemption, ImmigrationSharing && other.ImmigrationSharing,
            EnforcementAgreement && other.EnforcementAgreement, EnforcementProtectsVictim && other.EnforcementProtectsVictim);

    public RecordedBasis With(bool? genderRecognitionExemption = null, bool? immigrationSharing = null, bool? enforcementAgreement = null, bool? enforcementProtectsVictim = null) =>
        new(Found, genderRecognitionExemption ?? GenderRecognitionExemption, immigrationSharing ?? ImmigrationSharing,
            enforcementAgreement ?? EnforcementAgreement, enforcementProtectsVictim ?? EnforcementProtectsVictim);
}
