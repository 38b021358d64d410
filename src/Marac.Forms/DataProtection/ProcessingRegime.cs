namespace Marac.Forms.DataProtection;

/// <summary>
/// The data-protection regime a processing falls under. A lawful basis is recorded under one regime only, and
/// each regime has its own rules.
/// </summary>
public enum ProcessingRegime
{
    /// <summary>UK GDPR, supplemented by Part 2 of the Data Protection Act 2018: most MARAC agencies, and the police when not acting for a law enforcement purpose.</summary>
    UkGdpr,

    /// <summary>
    /// Part 3 of the Data Protection Act 2018: processing by a competent authority (for example a police force)
    /// for a law enforcement purpose (s.31). Lawfulness comes from s.35, sensitive processing needs a Schedule 8
    /// condition or consent, and an appropriate policy document (s.35(3) to (5), s.42).
    /// </summary>
    LawEnforcement,
}
