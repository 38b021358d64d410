namespace Marac.Forms.DataProtection;

/// <summary>The two lawful footings for law enforcement processing in Data Protection Act 2018 s.35(2).</summary>
public enum LawEnforcementBasis
{
    /// <summary>s.35(2)(a): the person consented to the processing for that law enforcement purpose.</summary>
    Consent,

    /// <summary>s.35(2)(b): the processing is necessary for a task carried out for that purpose by a competent authority.</summary>
    NecessaryForLawEnforcementTask,
}
