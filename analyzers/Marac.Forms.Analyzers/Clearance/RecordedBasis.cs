namespace Marac.Forms.Analyzers.Clearance;

/// <summary>What the compiler can see of the lawful basis recorded for a disclosure.</summary>
internal readonly struct RecordedBasis
{
    public RecordedBasis(bool found, bool genderRecognitionExemption, bool immigrationAgreement)
    {
        Found = found;
        GenderRecognitionExemption = genderRecognitionExemption;
        ImmigrationAgreement = immigrationAgreement;
    }

    public static RecordedBasis None => default;

    /// <summary>A basis with no exemption or agreement the compiler can see.</summary>
    public static RecordedBasis Plain => new(true, false, false);

    /// <summary>Some lawful basis is recorded.</summary>
    public bool Found { get; }

    /// <summary>A Gender Recognition Act s.22 exemption is visibly recorded.</summary>
    public bool GenderRecognitionExemption { get; }

    /// <summary>The MARAC's agreement to share immigration status is visibly recorded.</summary>
    public bool ImmigrationAgreement { get; }

    /// <summary>Either basis covers what it covers (several bases may be in force at once).</summary>
    public RecordedBasis Or(RecordedBasis other) =>
        new(Found || other.Found, GenderRecognitionExemption || other.GenderRecognitionExemption, ImmigrationAgreement || other.ImmigrationAgreement);

    /// <summary>Only what both cover (a value that may be either of two bases).</summary>
    public RecordedBasis And(RecordedBasis other) =>
        new(Found && other.Found, GenderRecognitionExemption && other.GenderRecognitionExemption, ImmigrationAgreement && other.ImmigrationAgreement);

    public RecordedBasis With(bool? genderRecognitionExemption, bool? immigrationAgreement) =>
        new(Found, genderRecognitionExemption ?? GenderRecognitionExemption, immigrationAgreement ?? ImmigrationAgreement);
}
