namespace Marac.Forms.DataProtection;

/// <summary>
/// Run-time checks for the extra conditions on gender history and immigration status. Use them
/// where the basis comes from data (a stored disclosure decision, a request) rather than from code:
/// the analyzers then know the condition holds, because the check throws when it does not.
/// </summary>
public static class LawfulBasisRequirements
{
    /// <summary>
    /// Returns <paramref name="basis"/> when it names a Gender Recognition Act 2004 s.22 exemption;
    /// throws otherwise.
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
                "The lawful basis records no Gender Recognition Act 2004 s.22 exemption (GenderRecognitionExemption is None): gender history must not be disclosed under it.",
                nameof(basis));
        }

        return basis;
    }

    /// <summary>
    /// Returns <paramref name="basis"/> when it records that the MARAC agreed immigration status may
    /// be shared to protect the victim; throws otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">The agreement is not recorded.</exception>
    public static LawfulBasis RequireImmigrationDisclosureAgreement(this LawfulBasis basis)
    {
        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis));
        }

        if (!basis.ImmigrationDisclosureAgreedByMarac)
        {
            throw new ArgumentException(
                "The lawful basis does not record the MARAC's agreement to share immigration status (ImmigrationDisclosureAgreedByMarac is false).",
                nameof(basis));
        }

        return basis;
    }
}
