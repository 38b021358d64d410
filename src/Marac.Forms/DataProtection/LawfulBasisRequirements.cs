namespace Marac.Forms.DataProtection;

/// <summary>
/// Run-time checks for the extra conditions on gender history and immigration status. Use them where the basis
/// comes from data (a stored disclosure decision, a request) rather than from code: the analyzers then know the
/// condition holds, because the check throws when it does not.
/// </summary>
public static class LawfulBasisRequirements
{
    /// <summary>
    /// Returns <paramref name="basis"/> when it names a Gender Recognition Act 2004 s.22 exemption; throws otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">No exemption is recorded.</exception>
    public static LawfulBasis RequireGenderRecognitionExemption(this LawfulBasis basis)
    {
        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis));
        }

        if (basis.GenderRecognitionExemption == GenderRecognitionExemption.None)
        {
            throw new ArgumentException(
                "The lawful basis records no Gender Recognition Act 2004 s.22 exemption (GenderRecognitionExemption is None), so it does not cover gender history.",
                nameof(basis));
        }

        return basis;
    }

    /// <summary>
    /// Returns <paramref name="basis"/> when it records the MARAC's agreement (date or minute reference) to share
    /// immigration status with an agency that does not attend the MARAC; throws otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">The agreement is not recorded.</exception>
    public static LawfulBasis RequireImmigrationSharingAgreement(this LawfulBasis basis)
    {
        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis));
        }

        if (!basis.ImmigrationSharingAgreement.IsRecorded)
        {
            throw new ArgumentException(
                "The lawful basis does not record the MARAC's agreement to share immigration status outside the meeting (ImmigrationSharingAgreement has no date or minute reference).",
                nameof(basis));
        }

        return basis;
    }

    /// <summary>
    /// Returns <paramref name="basis"/> when it records the MARAC's explicit agreement (date or minute reference) to
    /// disclose immigration status to immigration enforcement, and that the disclosure is to protect the victim;
    /// throws otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">The agreement or its protective purpose is not recorded.</exception>
    public static LawfulBasis RequireImmigrationEnforcementDisclosure(this LawfulBasis basis)
    {
        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis));
        }

        if (!basis.ImmigrationEnforcementAgreement.IsRecorded)
        {
            throw new ArgumentException(
                "The lawful basis does not record the MARAC's explicit agreement to disclose immigration status to immigration enforcement (ImmigrationEnforcementAgreement has no date or minute reference).",
                nameof(basis));
        }

        if (!basis.ImmigrationEnforcementToProtectVictim)
        {
            throw new ArgumentException(
                "A disclosure of immigration status to immigration enforcement is allowed only to protect the victim, and the lawful basis does not record that purpose (ImmigrationEnforcementToProtectVictim is false).",
                nameof(basis));
        }

        return basis;
    }
}
