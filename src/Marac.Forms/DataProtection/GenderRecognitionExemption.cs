namespace Marac.Forms.DataProtection;

/// <summary>
/// The grounds on which protected information about a person's gender history may be disclosed without the
/// offence in section 22 of the Gender Recognition Act 2004: those in section 22(4), and those made by order
/// under section 22(5) (SI 2005/916 for England, Wales and Northern Ireland; SSI 2005/125 for Scotland).
/// </summary>
public enum GenderRecognitionExemption
{
    /// <summary>No exemption is recorded. Nothing about gender history may be disclosed under this basis.</summary>
    None,

    /// <summary>s.22(4)(b): the person has agreed to the disclosure.</summary>
    PersonAgreed,

    /// <summary>s.22(4)(a): the information does not enable the person to be identified.</summary>
    DoesNotIdentifyThePerson,

    /// <summary>
    /// s.22(4)(c): information about the person's gender before the acquired gender, where the person
    /// disclosing it does not know or believe that a full gender recognition certificate has been issued.
    /// </summary>
    NotKnownToHoldACertificate,

    /// <summary>s.22(4)(d) and (e): in accordance with a court or tribunal order, or for proceedings before a court or tribunal.</summary>
    CourtOrderOrProceedings,

    /// <summary>
    /// s.22(4)(f): for preventing or investigating crime. Whether this reaches safeguarding work, such as
    /// protecting a domestic-abuse victim, is uncertain (seed 001): do not rely on it for safeguarding alone.
    /// </summary>
    PreventionOrInvestigationOfCrime,

    /// <summary>
    /// SI 2005/916 art 5 (SSI 2005/125 art 5): disclosure to a health professional, for medical purposes,
    /// by someone who reasonably believes the person has consented or cannot consent.
    /// </summary>
    ToHealthProfessionalForMedicalPurposes,

    /// <summary>SI 2005/916 art 3 (SSI 2005/125 art 3): disclosure for the purpose of obtaining legal advice.</summary>
    ObtainingLegalAdvice,

    /// <summary>Another exemption in or made under section 22; the reasons must say which.</summary>
    OtherStatutoryExemption,
}
