namespace Marac.Forms;

/// <summary>The kind of agency sending or receiving MARAC information.</summary>
public enum AgencyKind
{
    /// <summary>Not stated.</summary>
    NotStated,

    /// <summary>A police force.</summary>
    Police,

    /// <summary>Health: GP, hospital, midwifery, health visiting, mental health.</summary>
    Health,

    /// <summary>Children's social care.</summary>
    ChildrensServices,

    /// <summary>Adult social care.</summary>
    AdultServices,

    /// <summary>Housing provider or housing options.</summary>
    Housing,

    /// <summary>Probation service.</summary>
    Probation,

    /// <summary>Specialist domestic-abuse service (IDVA in England and Wales, IDAA in Scotland).</summary>
    SpecialistDomesticAbuseService,

    /// <summary>School or other education provider.</summary>
    Education,

    /// <summary>Drug and alcohol service.</summary>
    SubstanceMisuseService,

    /// <summary>
    /// Immigration enforcement, as a recipient only: it never attends or refers to a MARAC, and may receive
    /// immigration status only with the MARAC's explicit agreement and only to protect the victim. A referral
    /// from it is refused.
    /// </summary>
    ImmigrationEnforcement,

    /// <summary>Any other agency.</summary>
    Other,
}
